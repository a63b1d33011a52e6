@NullMarked
package io.ehc.payment.domain;

import org.jspecify.annotations.NullMarked;
