package io.ehc.payment.application;

import io.ehc.payment.PayChannel;
import io.ehc.payment.Payment;
import io.ehc.payment.PaymentStatus;
import io.ehc.payment.domain.ChannelOutcome;
import io.ehc.payment.domain.PaymentRecord;
import io.ehc.payment.domain.PaymentRecords;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Records what a channel answered about a payment and counts it: {@code ehc_payment_charges_total{channel, outcome,
 * source}}, where source is {@code charge} (first call), {@code retry} (same key, settled by query or charge),
 * {@code replay} (same key, already settled) or {@code reconcile}.
 */
@Component
class PaymentOutcomes {
    private static final Logger log = LoggerFactory.getLogger(PaymentOutcomes.class);

    enum Source {
        CHARGE,
        RETRY,
        REPLAY,
        RECONCILE
    }

    private final PaymentRecords records;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    PaymentOutcomes(PaymentRecords records, MeterRegistry meters, Clock clock) {
        this.records = records;
        this.meters = meters;
        this.clock = clock;
    }

    Payment settle(PaymentRecord payment, ChannelOutcome outcome, Source source) {
        PaymentStatus status;
        @Nullable String tradeNo = null;
        @Nullable String reason;
        if (outcome instanceof ChannelOutcome.Paid paid) {
            status = PaymentStatus.SUCCEEDED;
            tradeNo = paid.tradeNo();
            reason = null;
        } else if (outcome instanceof ChannelOutcome.Refused refused) {
            status = refused.status();
            reason = refused.reason();
        } else if (outcome instanceof ChannelOutcome.Closed closed) {
            status = PaymentStatus.FAILED;
            reason = closed.reason();
        } else if (outcome instanceof ChannelOutcome.Unknown unknown) {
            status = PaymentStatus.UNKNOWN;
            reason = "outcome unknown (" + unknown.reason() + "); settled by query";
        } else {
            status = PaymentStatus.UNKNOWN;
            reason = "the channel has no such order yet";
        }
        records.settle(payment.paymentId(), status, tradeNo, reason, clock.instant());
        PaymentRecord after = records.find(payment.paymentId()).orElseThrow();
        if (status == PaymentStatus.UNKNOWN)
            log.warn("payment {} ({}): {}", after.paymentId(), after.channel(), reason);
        else log.info("payment {} ({}): {} by {}", after.paymentId(), after.channel(), after.status(), source);
        return answer(after, source);
    }

    Payment answer(PaymentRecord payment, Source source) {
        count(payment.channel(), payment.status(), source);
        return payment.toPayment(source == Source.RETRY || source == Source.REPLAY);
    }

    private void count(PayChannel channel, PaymentStatus status, Source source) {
        String key = channel + "|" + status + "|" + source;
        counters.computeIfAbsent(
                        key,
                        k -> Counter.builder("ehc.payment.charges")
                                .description("Payment outcomes by channel, outcome and how they were reached")
                                .tag("channel", channel.name())
                                .tag("outcome", status.name())
                                .tag("source", source.name().toLowerCase(Locale.ROOT))
                                .register(meters))
                .increment();
    }
}
