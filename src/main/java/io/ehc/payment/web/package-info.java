@NullMarked
package io.ehc.payment.web;

import org.jspecify.annotations.NullMarked;
