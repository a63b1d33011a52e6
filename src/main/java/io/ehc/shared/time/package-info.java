@NullMarked
package io.ehc.shared.time;

import org.jspecify.annotations.NullMarked;
