@NullMarked
package io.ehc.shared.error;

import org.jspecify.annotations.NullMarked;
