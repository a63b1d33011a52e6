/**
 * The demo region: at first start on an empty database, a province with three prefecture cities, institutions of
 * grades 3, 2 and 1 with departments and terminals, and residents with cards, family members and newborns; at
 * every start, where to go and which credentials to use (demo regulators included); on request ({@code --generate-region}), a synthetic region
 * of any size with a year of card uses for the statistics.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "identity",
            "identity::application",
            "card",
            "card::application",
            "institution",
            "institution::application",
            "scan::application",
            "usage",
            "healthcode",
            "account::application"
        })
@NullMarked
package io.ehc.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
