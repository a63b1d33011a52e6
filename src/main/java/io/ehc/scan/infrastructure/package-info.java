@NullMarked
package io.ehc.scan.infrastructure;

import org.jspecify.annotations.NullMarked;
