package io.ehc.payment.infrastructure;

import io.ehc.payment.PayChannel;
import io.ehc.payment.PaymentStatus;
import io.ehc.payment.domain.PaymentRecord;
import io.ehc.payment.domain.PaymentRecords;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPaymentRecords implements PaymentRecords {
    private static final String UNSETTLED = "('PENDING', 'UNKNOWN')";

    private final JdbcTemplate jdbc;

    JdbcPaymentRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean insert(PaymentRecord p, Instant claimedUntil) {
        return jdbc.update(
                        """
                insert into payment (payment_id, institution_code, terminal_id, idempotency_key, request_digest,
                    channel, merchant_order_no, code_digest, code_last4, amount_fen, refunded_fen, subject, status,
                    claimed_until, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)
                on conflict (institution_code, idempotency_key) do nothing
                """,
                        p.paymentId(),
                        p.institutionCode(),
                        p.terminalId(),
                        p.idempotencyKey(),
                        p.requestDigest(),
                        p.channel().name(),
                        p.merchantOrderNo(),
                        p.codeDigest(),
                        p.codeLast4(),
                        p.amountFen(),
                        p.subject(),
                        p.status().name(),
                        Timestamp.from(claimedUntil),
                        Timestamp.from(p.createdAt()),
                        Timestamp.from(p.updatedAt()))
                == 1;
    }

    @Override
    public Optional<PaymentRecord> find(UUID paymentId) {
        return jdbc.query("select * from payment where payment_id = ?", JdbcPaymentRecords::map, paymentId).stream()
                .findFirst();
    }

    @Override
    public Optional<PaymentRecord> findByKey(String institutionCode, String idempotencyKey) {
        return jdbc
                .query(
                        "select * from payment where institution_code = ? and idempotency_key = ?",
                        JdbcPaymentRecords::map,
                        institutionCode,
                        idempotencyKey)
                .stream()
                .findFirst();
    }

    @Override
    public boolean claim(UUID paymentId, Instant now, Instant until) {
        return jdbc.update(
                        "update payment set claimed_until = ? where payment_id = ? and status in " + UNSETTLED
                                + " and (claimed_until is null or claimed_until < ?)",
                        Timestamp.from(until),
                        paymentId,
                        Timestamp.from(now))
                == 1;
    }

    @Override
    public void settle(
            UUID paymentId,
            PaymentStatus status,
            @Nullable String channelTradeNo,
            @Nullable String failureReason,
            Instant now) {
        jdbc.update(
                "update payment set status = ?, channel_trade_no = coalesce(?, channel_trade_no), failure_reason = ?,"
                        + " claimed_until = null, updated_at = ? where payment_id = ? and status in " + UNSETTLED,
                status.name(),
                channelTradeNo,
                failureReason == null || failureReason.length() <= 200
                        ? failureReason
                        : failureReason.substring(0, 200),
                Timestamp.from(now),
                paymentId);
    }

    @Override
    public List<UUID> unsettled(Instant touchedBefore, Instant now, int limit) {
        return jdbc.queryForList(
                "select payment_id from payment where status in " + UNSETTLED
                        + " and updated_at <= ? and (claimed_until is null or claimed_until < ?)"
                        + " order by updated_at limit ?",
                UUID.class,
                Timestamp.from(touchedBefore),
                Timestamp.from(now),
                limit);
    }

    @Override
    public Optional<PaymentRecord> lock(UUID paymentId) {
        return jdbc
                .query("select * from payment where payment_id = ? for update", JdbcPaymentRecords::map, paymentId)
                .stream()
                .findFirst();
    }

    @Override
    public void addRefunded(UUID paymentId, long refundFen, Instant now) {
        jdbc.update("""
                update payment set refunded_fen = refunded_fen + ?,
                    status = case when refunded_fen + ? >= amount_fen then 'REFUNDED' else 'PARTIALLY_REFUNDED' end,
                    updated_at = ?
                where payment_id = ?
                """, refundFen, refundFen, Timestamp.from(now), paymentId);
    }

    private static PaymentRecord map(ResultSet rs, int i) throws SQLException {
        return new PaymentRecord(
                rs.getObject("payment_id", UUID.class),
                rs.getString("institution_code"),
                rs.getString("terminal_id"),
                rs.getString("idempotency_key"),
                rs.getBytes("request_digest"),
                PayChannel.valueOf(rs.getString("channel")),
                rs.getBytes("code_digest"),
                rs.getString("code_last4"),
                rs.getLong("amount_fen"),
                rs.getLong("refunded_fen"),
                rs.getString("subject"),
                PaymentStatus.valueOf(rs.getString("status")),
                rs.getString("channel_trade_no"),
                rs.getString("failure_reason"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
