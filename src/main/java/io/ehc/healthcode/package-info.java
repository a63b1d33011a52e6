/**
 * 健康码: static and dynamic QR codes of a card in the national format (DOMAIN.md §4), their images, and their
 * verification when a terminal scans them. Answers through {@link io.ehc.healthcode.HealthCodes}; refusals are
 * {@link io.ehc.healthcode.CodeRefused} with a code per reason. The durable count of a dynamic code's verifications
 * is the use records that keep its block; the module that records uses provides it
 * ({@link io.ehc.healthcode.VerificationHistory}).
 */
@ApplicationModule(allowedDependencies = {"shared", "card", "card::events"})
@NullMarked
package io.ehc.healthcode;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
