/**
 * 医保电子凭证: decoding a scanned medical insurance e-voucher (DOMAIN.md §6) at the insurer into the person, the
 * insured region and a settlement token for one business type. Stores nothing: the token lives only in the answer.
 * Answers through {@link io.ehc.insurance.InsuranceVouchers}.
 */
@ApplicationModule(allowedDependencies = {"shared"})
@NullMarked
package io.ehc.insurance;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
