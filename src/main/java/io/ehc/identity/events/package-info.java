/** Events of the identity module, for other modules to listen to. */
@NamedInterface("events")
@NullMarked
package io.ehc.identity.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
