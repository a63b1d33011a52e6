@NullMarked
package io.ehc.shared.privacy;

import org.jspecify.annotations.NullMarked;
