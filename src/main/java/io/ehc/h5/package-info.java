/**
 * 居民端 H5: the resident's own pages on a phone (sign-in with a one-time code or a password, sign-up and card
 * application, my card with its dynamic code, family members and newborns, use and scan history, settings), with
 * session sign-in separate from the bearer-token API. Owns the residents' passwords (Argon2id); publishes nothing.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "identity",
            "identity::application",
            "card",
            "card::application",
            "healthcode",
            "usage",
            "scan::application",
            "institution"
        })
@NullMarked
package io.ehc.h5;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
