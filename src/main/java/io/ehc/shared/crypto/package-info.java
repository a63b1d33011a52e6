@NullMarked
package io.ehc.shared.crypto;

import org.jspecify.annotations.NullMarked;
