/** The use cases of the module: its command API, open to other modules and the demo loader. */
@NamedInterface("application")
@NullMarked
package io.ehc.card.application;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
