@NullMarked
package io.ehc.shared.region;

import org.jspecify.annotations.NullMarked;
