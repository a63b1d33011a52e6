package io.ehc.payment.infrastructure;

import io.ehc.payment.domain.RefundRecord;
import io.ehc.payment.domain.RefundRecords;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class JdbcRefundRecords implements RefundRecords {
    private final JdbcTemplate jdbc;

    JdbcRefundRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<RefundRecord> find(UUID paymentId, String refundKey) {
        return jdbc
                .query(
                        "select * from payment_refund where payment_id = ? and refund_key = ?",
                        JdbcRefundRecords::map,
                        paymentId,
                        refundKey)
                .stream()
                .findFirst();
    }

    @Override
    public long pendingFen(UUID paymentId) {
        Long fen = jdbc.queryForObject(
                "select coalesce(sum(amount_fen), 0) from payment_refund where payment_id = ? and status = 'PENDING'",
                Long.class,
                paymentId);
        return fen == null ? 0 : fen;
    }

    @Override
    public void insert(RefundRecord r) {
        jdbc.update(
                """
                insert into payment_refund (refund_id, payment_id, refund_key, refund_no, amount_fen, status,
                    created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """,
                r.refundId(),
                r.paymentId(),
                r.refundKey(),
                r.refundNo(),
                r.amountFen(),
                r.status().name(),
                Timestamp.from(r.createdAt()),
                Timestamp.from(r.updatedAt()));
    }

    @Override
    public boolean complete(UUID refundId, String channelRefundId, Instant now) {
        return jdbc.update(
                        "update payment_refund set status = 'SUCCEEDED', channel_refund_id = ?, updated_at = ?"
                                + " where refund_id = ? and status = 'PENDING'",
                        channelRefundId,
                        Timestamp.from(now),
                        refundId)
                == 1;
    }

    @Override
    public void fail(UUID refundId, String reason, Instant now) {
        jdbc.update(
                "update payment_refund set status = 'FAILED', failure_reason = ?, updated_at = ?"
                        + " where refund_id = ? and status = 'PENDING'",
                reason,
                Timestamp.from(now),
                refundId);
    }

    @Override
    public List<RefundRecord> pending(Instant createdBefore, int limit) {
        return jdbc.query(
                "select * from payment_refund where status = 'PENDING' and updated_at <= ? order by created_at limit ?",
                JdbcRefundRecords::map,
                Timestamp.from(createdBefore),
                limit);
    }

    private static RefundRecord map(ResultSet rs, int i) throws SQLException {
        return new RefundRecord(
                rs.getObject("refund_id", UUID.class),
                rs.getObject("payment_id", UUID.class),
                rs.getString("refund_key"),
                rs.getLong("amount_fen"),
                RefundRecord.RefundStatus.valueOf(rs.getString("status")),
                rs.getString("channel_refund_id"),
                rs.getString("failure_reason"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
