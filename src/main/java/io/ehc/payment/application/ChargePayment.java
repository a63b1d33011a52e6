package io.ehc.payment.application;

import io.ehc.payment.ChargeCommand;
import io.ehc.payment.Payment;
import io.ehc.payment.PaymentStatus;
import io.ehc.payment.domain.ChannelGateway;
import io.ehc.payment.domain.ChannelOutcome;
import io.ehc.payment.domain.PaymentCode;
import io.ehc.payment.domain.PaymentRecord;
import io.ehc.payment.domain.PaymentRecords;
import io.ehc.shared.Ids;
import io.ehc.shared.crypto.FieldCipher;
import io.ehc.shared.crypto.Hex;
import io.ehc.shared.crypto.Sm3;
import io.ehc.shared.error.Conflict;
import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * 付款码收款: charges a scanned payment code once per idempotency key. The payment is committed {@code PENDING}
 * before the channel is called. A retry with the same key replays a settled payment; an unsettled one is first
 * queried at the channel, and charged again with the same merchant order number only if the channel never took it.
 * The channels treat the merchant order number as their own idempotency key, so even racing calls charge once.
 */
@Service
public class ChargePayment {
    /** Column name bound into the payment code's HMAC-SM3 digest. */
    static final String CODE_DIGEST = "payment.code";

    private static final Logger log = LoggerFactory.getLogger(ChargePayment.class);
    private static final long MAX_AMOUNT_FEN = 10_000_000_000L;

    private final PaymentRecords records;
    private final ChannelGateway channels;
    private final FieldCipher cipher;
    private final PaymentOutcomes outcomes;
    private final ReconcileSettings settings;
    private final Clock clock;

    ChargePayment(
            PaymentRecords records,
            ChannelGateway channels,
            FieldCipher cipher,
            PaymentOutcomes outcomes,
            ReconcileSettings settings,
            Clock clock) {
        this.records = records;
        this.channels = channels;
        this.cipher = cipher;
        this.outcomes = outcomes;
        this.settings = settings;
        this.clock = clock;
    }

    public Payment charge(ChargeCommand c) {
        validate(c);
        PaymentCode code = new PaymentCode(c.channel(), c.paymentCode());
        byte[] codeDigest = cipher.blindIndex(CODE_DIGEST, code.reveal());
        byte[] requestDigest =
                Sm3.digest(String.join("|", c.channel().name(), Hex.encode(codeDigest), Long.toString(c.amountFen()))
                        .getBytes(StandardCharsets.UTF_8));
        Instant now = clock.instant();
        UUID id = Ids.timeOrdered(now.toEpochMilli());
        PaymentRecord fresh = new PaymentRecord(
                id,
                c.institutionCode(),
                c.terminalId(),
                c.idempotencyKey(),
                requestDigest,
                c.channel(),
                codeDigest,
                code.last4(),
                c.amountFen(),
                0,
                blankToNull(c.subject()),
                PaymentStatus.PENDING,
                null,
                null,
                now,
                now);
        if (records.insert(fresh, now.plus(settings.lease()))) {
            log.info("payment {}: charging {} fen, {} code {}", id, c.amountFen(), c.channel(), code);
            ChannelOutcome outcome =
                    channels.charge(c.channel(), fresh.merchantOrderNo(), code, c.amountFen(), fresh.subject());
            return outcomes.settle(fresh, outcome, PaymentOutcomes.Source.CHARGE);
        }
        PaymentRecord earlier = records.findByKey(c.institutionCode(), c.idempotencyKey())
                .orElseThrow(() -> new IllegalStateException("idempotency key taken but no payment found"));
        if (!MessageDigest.isEqual(earlier.requestDigest(), requestDigest))
            throw new Conflict(
                    ErrorCodes.PAYMENT_KEY_REUSED,
                    "this idempotency key was already used for a different payment (channel, code or amount)");
        if (earlier.status().isSettled()) return outcomes.answer(earlier, PaymentOutcomes.Source.REPLAY);
        return resume(earlier, code);
    }

    /** A retry of an unsettled payment: query first; charge with the same order number only if the channel has none. */
    private Payment resume(PaymentRecord payment, PaymentCode code) {
        Instant now = clock.instant();
        if (!records.claim(payment.paymentId(), now, now.plus(settings.lease())))
            return outcomes.answer(records.find(payment.paymentId()).orElseThrow(), PaymentOutcomes.Source.REPLAY);
        ChannelOutcome known = channels.query(payment.channel(), payment.merchantOrderNo());
        if (known instanceof ChannelOutcome.NoSuchOrder) {
            log.info(
                    "payment {}: the channel has no such order; charging again with the same order number",
                    payment.paymentId());
            known = channels.charge(
                    payment.channel(), payment.merchantOrderNo(), code, payment.amountFen(), payment.subject());
        }
        return outcomes.settle(payment, known, PaymentOutcomes.Source.RETRY);
    }

    private static void validate(ChargeCommand c) {
        if (c.institutionCode() == null || c.institutionCode().isBlank()) throw InvalidInput.missing("institutionCode");
        if (c.terminalId() == null || c.terminalId().isBlank()) throw InvalidInput.missing("terminalId");
        if (c.channel() == null) throw InvalidInput.missing("channel");
        if (c.paymentCode() == null || c.paymentCode().isBlank()) throw InvalidInput.missing("paymentCode");
        if (c.idempotencyKey() == null || c.idempotencyKey().isBlank()) throw InvalidInput.missing("idempotencyKey");
        if (!c.idempotencyKey().matches("[A-Za-z0-9_.:-]{1,64}"))
            throw new InvalidInput("idempotencyKey", "must be 1-64 characters of [A-Za-z0-9_.:-]");
        if (c.amountFen() < 1 || c.amountFen() > MAX_AMOUNT_FEN)
            throw new InvalidInput("amountFen", "must be between 1 and " + MAX_AMOUNT_FEN + " fen");
        if (c.subject() != null && c.subject().length() > 128)
            throw new InvalidInput("subject", "must be at most 128 characters");
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
