@NullMarked
package io.ehc.card.domain;

import org.jspecify.annotations.NullMarked;
