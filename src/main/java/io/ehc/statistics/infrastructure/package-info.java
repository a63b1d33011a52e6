@NullMarked
package io.ehc.statistics.infrastructure;

import org.jspecify.annotations.NullMarked;
