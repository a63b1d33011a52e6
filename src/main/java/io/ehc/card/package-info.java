/**
 * 电子健康卡: cards derived from the master index (EHC ID, DOMAIN.md §2) and their lifecycle: review, loss,
 * freezing, cancellation, restoration, reissue and temporary cards merged into formal ones. Every transition is
 * recorded with who, when and why. Publishes {@code card.events}; answers through {@link io.ehc.card.CardLookup}.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity"})
@NullMarked
package io.ehc.card;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
