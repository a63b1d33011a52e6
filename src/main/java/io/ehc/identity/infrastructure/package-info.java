@NullMarked
package io.ehc.identity.infrastructure;

import org.jspecify.annotations.NullMarked;
