/**
 * 窗口工作台: the counter console of institution staff. A staff member acts as the terminal their account is bound to:
 * scans any code through the multi-code entry (same routing, card use and scan audit as a signed terminal), registers
 * residents and applies for their cards on channel 0100, issues temporary cards and reviews the pending cards of their
 * institution. Owns no data and publishes nothing.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "account",
            "institution",
            "identity",
            "identity::application",
            "card",
            "card::application",
            "scan::application"
        })
@NullMarked
package io.ehc.counter;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
