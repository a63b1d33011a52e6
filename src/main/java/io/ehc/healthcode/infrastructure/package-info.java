@NullMarked
package io.ehc.healthcode.infrastructure;

import org.jspecify.annotations.NullMarked;
