@NullMarked
package io.ehc.usage.infrastructure;

import org.jspecify.annotations.NullMarked;
