/** The use cases of the module: scanning, legacy patient cards, scan history; open to the demo loader. */
@NamedInterface("application")
@NullMarked
package io.ehc.scan.application;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
