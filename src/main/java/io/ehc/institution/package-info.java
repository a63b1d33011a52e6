/**
 * 医疗机构与终端: institutions (grade, type, region), their departments and terminals, and who may call the platform:
 * administrators (configured credentials) and terminals that sign every request with HMAC-SM3. Answers through
 * {@link io.ehc.institution.InstitutionLookup}; puts a {@link io.ehc.institution.TerminalPrincipal} in the security
 * context of signed requests.
 */
@ApplicationModule(allowedDependencies = {"shared"})
@NullMarked
package io.ehc.institution;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
