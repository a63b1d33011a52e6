/**
 * 付款码支付: charging the payment codes a terminal scans (WeChat Pay, Alipay, UnionPay; DOMAIN.md §6) through the
 * channels, idempotent by the caller's key, reconciled when the outcome is unknown, and refunded. Payment codes are
 * kept only as an HMAC-SM3 digest and their last four digits. Answers through {@link io.ehc.payment.Payments}.
 */
@ApplicationModule(allowedDependencies = {"shared", "institution"})
@NullMarked
package io.ehc.payment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
