@NullMarked
package io.ehc.h5.infrastructure;

import org.jspecify.annotations.NullMarked;
