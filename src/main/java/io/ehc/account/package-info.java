/**
 * 工作人员账户: staff accounts (administrators, regulators scoped to a GB/T 2260 region, institution staff) with
 * Argon2id password hashes, lockout after repeated failures, a per-client rate limit on sign-in, the administration
 * API and the session-based sign-in of the staff pages. Publishes {@link io.ehc.account.StaffPrincipal}, the signed-in
 * staff member other modules read from the security context.
 */
@ApplicationModule(allowedDependencies = {"shared", "institution", "institution::application"})
@NullMarked
package io.ehc.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
