/**
 * Health identity: residents and their master index (主索引), identity documents, family bindings and newborns.
 * Personal data is sealed at rest with blind indexes for look-up. Publishes {@code identity.events}; answers
 * questions through {@link io.ehc.identity.ResidentLookup}; asks the card module through {@link
 * io.ehc.identity.OwnerCardCheck}.
 */
@ApplicationModule(allowedDependencies = {"shared"})
@NullMarked
package io.ehc.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
