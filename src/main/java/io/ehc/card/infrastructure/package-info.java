@NullMarked
package io.ehc.card.infrastructure;

import org.jspecify.annotations.NullMarked;
