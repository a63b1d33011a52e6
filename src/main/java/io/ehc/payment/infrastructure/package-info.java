@NullMarked
package io.ehc.payment.infrastructure;

import org.jspecify.annotations.NullMarked;
