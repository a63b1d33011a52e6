@NullMarked
package io.ehc.payment.application;

import org.jspecify.annotations.NullMarked;
