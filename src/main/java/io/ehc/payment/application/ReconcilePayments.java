package io.ehc.payment.application;

import io.ehc.payment.domain.ChannelGateway;
import io.ehc.payment.domain.ChannelOutcome;
import io.ehc.payment.domain.PaymentRecord;
import io.ehc.payment.domain.PaymentRecords;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * 对账: settles payments whose outcome is unknown, so none is forgotten. Every {@code ehc.payment.reconcile.interval}
 * it queries the channel about each unsettled payment older than {@code min-age}: a paid or refused order settles
 * it; an order the channel never saw is closed at the channel once {@code grace} has passed since the payment was
 * created (so a late request can never charge it) and the payment fails. Pending refunds are resent.
 */
@Service
@EnableConfigurationProperties(ReconcileSettings.class)
public class ReconcilePayments {
    /** What one run did. */
    public record Run(int examined, int settled, int refundsResent) {}

    private static final Logger log = LoggerFactory.getLogger(ReconcilePayments.class);

    private final PaymentRecords records;
    private final ChannelGateway channels;
    private final PaymentOutcomes outcomes;
    private final RefundPayment refunds;
    private final ReconcileSettings settings;
    private final Clock clock;

    ReconcilePayments(
            PaymentRecords records,
            ChannelGateway channels,
            PaymentOutcomes outcomes,
            RefundPayment refunds,
            ReconcileSettings settings,
            Clock clock) {
        this.records = records;
        this.channels = channels;
        this.outcomes = outcomes;
        this.refunds = refunds;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${ehc.payment.reconcile.interval:30s}",
            initialDelayString = "${ehc.payment.reconcile.interval:30s}")
    void scheduled() {
        Run run = reconcileNow();
        if (run.examined() > 0 || run.refundsResent() > 0) log.info("reconciliation: {}", run);
    }

    /** One reconciliation run, now (the scheduler calls it; tests and operators may too). */
    public Run reconcileNow() {
        Instant now = clock.instant();
        List<UUID> due = records.unsettled(now.minus(settings.minAge()), now, settings.batch());
        int settled = 0;
        for (UUID id : due) {
            try {
                if (reconcile(id)) settled++;
            } catch (RuntimeException e) {
                log.warn(
                        "reconciliation of payment {} failed: {}",
                        id,
                        e.getClass().getName());
            }
        }
        int resent = refunds.retryPending(now.minus(settings.minAge()), settings.batch());
        return new Run(due.size(), settled, resent);
    }

    private boolean reconcile(UUID id) {
        Instant now = clock.instant();
        PaymentRecord p = records.find(id).orElseThrow();
        if (p.status().isSettled() || !records.claim(id, now, now.plus(settings.lease()))) return false;
        ChannelOutcome known = channels.query(p.channel(), p.merchantOrderNo());
        if (known instanceof ChannelOutcome.NoSuchOrder && !p.createdAt().isAfter(now.minus(settings.grace()))) {
            ChannelOutcome closed = channels.close(p.channel(), p.merchantOrderNo());
            known = closed instanceof ChannelOutcome.Closed
                    ? new ChannelOutcome.Closed("the channel never took the order; order number closed")
                    : channels.query(p.channel(), p.merchantOrderNo());
        }
        if (known instanceof ChannelOutcome.NoSuchOrder)
            known = new ChannelOutcome.Unknown("no order at the channel yet");
        return outcomes.settle(p, known, PaymentOutcomes.Source.RECONCILE)
                .status()
                .isSettled();
    }
}
