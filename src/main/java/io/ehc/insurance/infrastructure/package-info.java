@NullMarked
package io.ehc.insurance.infrastructure;

import org.jspecify.annotations.NullMarked;
