/** Events of the card module: issuance and every state change. */
@NamedInterface("events")
@NullMarked
package io.ehc.card.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
