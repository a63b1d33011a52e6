/**
 * 用卡记录: card-use records, append-only and partitioned by month, written when a terminal verifies a code or
 * reports a use; the terminal API; a resident's use history and counts per institution, city, care step and period.
 * Depends on the card, health-code, identity and institution APIs.
 */
@ApplicationModule(allowedDependencies = {"shared", "card", "healthcode", "identity", "institution"})
@NullMarked
package io.ehc.usage;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
