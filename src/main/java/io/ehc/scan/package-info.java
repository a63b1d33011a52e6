/**
 * 多码融合: one scan entry for every code a resident may show (health code, insurance e-voucher, payment codes, ID
 * number, an institution's legacy patient card, SMART Health Cards, EU certificates). Recognises the kind with an
 * ordered registry, routes it to the module that owns it and answers in one shape; keeps the audit of scans and the
 * institutions' legacy patient card cross-reference.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "identity",
            "card",
            "healthcode",
            "institution",
            "usage",
            "certificate",
            "payment",
            "insurance"
        })
@NullMarked
package io.ehc.scan;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
