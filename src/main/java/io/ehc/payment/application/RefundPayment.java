package io.ehc.payment.application;

import io.ehc.payment.Payment;
import io.ehc.payment.PaymentStatus;
import io.ehc.payment.domain.ChannelGateway;
import io.ehc.payment.domain.PaymentRecord;
import io.ehc.payment.domain.PaymentRecords;
import io.ehc.payment.domain.RefundOutcome;
import io.ehc.payment.domain.RefundRecord;
import io.ehc.payment.domain.RefundRecords;
import io.ehc.shared.Ids;
import io.ehc.shared.error.Conflict;
import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.InvalidInput;
import io.ehc.shared.error.NotFound;
import io.ehc.shared.error.PlatformException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 退款: refunds part or all of a succeeded payment, once per refund key. The refund is stored {@code PENDING} under a
 * lock of the payment row, which reserves its amount, so concurrent refunds never add up to more than was paid; the
 * channel is called afterwards with the refund's own number, and a retry (or the reconciler) resends that number.
 * Counted as {@code ehc_payment_refunds_total{outcome}}.
 */
@Service
public class RefundPayment {
    private static final Logger log = LoggerFactory.getLogger(RefundPayment.class);

    private final PaymentRecords payments;
    private final RefundRecords refunds;
    private final ChannelGateway channels;
    private final TransactionTemplate tx;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    RefundPayment(
            PaymentRecords payments,
            RefundRecords refunds,
            ChannelGateway channels,
            TransactionTemplate tx,
            MeterRegistry meters,
            Clock clock) {
        this.payments = payments;
        this.refunds = refunds;
        this.channels = channels;
        this.tx = tx;
        this.meters = meters;
        this.clock = clock;
    }

    public Payment refund(String institutionCode, UUID paymentId, long amountFen, String refundKey) {
        if (refundKey == null || refundKey.isBlank()) throw InvalidInput.missing("refundKey");
        if (!refundKey.matches("[A-Za-z0-9_.:-]{1,64}"))
            throw new InvalidInput("refundKey", "must be 1-64 characters of [A-Za-z0-9_.:-]");
        if (amountFen < 1) throw new InvalidInput("amountFen", "must be a positive number of fen");
        Reserved reserved = tx.execute(s -> reserve(institutionCode, paymentId, amountFen, refundKey));
        RefundRecord refund = reserved.refund();
        switch (refund.status()) {
            case SUCCEEDED:
                count("replayed");
                return current(paymentId, true);
            case FAILED:
                count("refused");
                throw refused(refund.failureReason());
            default:
                send(reserved.payment(), refund);
                return current(paymentId, reserved.replayed());
        }
    }

    /** Resends refunds still pending after a timeout; the channel answers a known refund number without paying twice. */
    int retryPending(Instant createdBefore, int limit) {
        int done = 0;
        List<RefundRecord> pending = refunds.pending(createdBefore, limit);
        for (RefundRecord r : pending) {
            Optional<PaymentRecord> p = payments.find(r.paymentId());
            if (p.isEmpty()) continue;
            try {
                send(p.get(), r);
                done++;
            } catch (PlatformException e) {
                log.warn("refund {} of payment {}: still not settled ({})", r.refundId(), r.paymentId(), e.code());
            }
        }
        return done;
    }

    private record Reserved(PaymentRecord payment, RefundRecord refund, boolean replayed) {}

    private Reserved reserve(String institutionCode, UUID paymentId, long amountFen, String refundKey) {
        PaymentRecord p = payments.lock(paymentId)
                .filter(x -> x.belongsTo(institutionCode))
                .orElseThrow(() -> new NotFound(ErrorCodes.PAYMENT_NOT_FOUND, "no such payment"));
        Optional<RefundRecord> earlier = refunds.find(paymentId, refundKey);
        if (earlier.isPresent()) {
            if (earlier.get().amountFen() != amountFen)
                throw new Conflict(
                        ErrorCodes.REFUND_KEY_REUSED, "this refund key was already used for a different amount");
            return new Reserved(p, earlier.get(), true);
        }
        if (p.status() != PaymentStatus.SUCCEEDED && p.status() != PaymentStatus.PARTIALLY_REFUNDED)
            throw new Conflict(
                    ErrorCodes.PAYMENT_NOT_REFUNDABLE, "a payment in state " + p.status() + " cannot be refunded");
        long remaining = p.amountFen() - p.refundedFen() - refunds.pendingFen(paymentId);
        if (amountFen > remaining)
            throw new Conflict(
                    ErrorCodes.REFUND_EXCEEDS_PAYMENT,
                    "the refund exceeds what remains of the payment (" + remaining + " fen)");
        Instant now = clock.instant();
        RefundRecord r = new RefundRecord(
                Ids.timeOrdered(now.toEpochMilli()),
                paymentId,
                refundKey,
                amountFen,
                RefundRecord.RefundStatus.PENDING,
                null,
                null,
                now,
                now);
        refunds.insert(r);
        return new Reserved(p, r, false);
    }

    private void send(PaymentRecord p, RefundRecord r) {
        RefundOutcome outcome =
                channels.refund(p.channel(), p.merchantOrderNo(), r.refundNo(), r.amountFen(), p.amountFen());
        Instant now = clock.instant();
        if (outcome instanceof RefundOutcome.Refunded done) {
            tx.executeWithoutResult(s -> {
                if (refunds.complete(r.refundId(), done.channelRefundId(), now))
                    payments.addRefunded(p.paymentId(), r.amountFen(), now);
            });
            log.info("refund {} of payment {}: {} fen refunded", r.refundId(), p.paymentId(), r.amountFen());
            count("refunded");
        } else if (outcome instanceof RefundOutcome.RefundRefused no) {
            refunds.fail(r.refundId(), no.reason(), now);
            log.info("refund {} of payment {}: refused ({})", r.refundId(), p.paymentId(), no.reason());
            count("refused");
            throw refused(no.reason());
        } else if (outcome instanceof RefundOutcome.RefundUnknown unknown) {
            log.warn("refund {} of payment {}: outcome unknown ({})", r.refundId(), p.paymentId(), unknown.reason());
            count("unknown");
            if (unknown.timeout())
                throw new PlatformException(
                        ErrorCodes.PAYMENT_CHANNEL_TIMEOUT,
                        504,
                        "the channel did not answer; the refund is pending: retry with the same refund key");
            throw new PlatformException(
                    ErrorCodes.PAYMENT_CHANNEL_UNAVAILABLE,
                    503,
                    "the channel is unavailable; the refund is pending: retry with the same refund key");
        }
    }

    private Payment current(UUID paymentId, boolean replayed) {
        return payments.find(paymentId).orElseThrow().toPayment(replayed);
    }

    private static PlatformException refused(@Nullable String reason) {
        return new PlatformException(
                ErrorCodes.REFUND_REFUSED,
                422,
                "the channel refused the refund" + (reason == null ? "" : ": " + reason));
    }

    private void count(String outcome) {
        counters.computeIfAbsent(
                        outcome,
                        o -> Counter.builder("ehc.payment.refunds")
                                .description("Refund outcomes")
                                .tag("outcome", o)
                                .register(meters))
                .increment();
    }
}
