package io.ehc.simulator;

import static io.ehc.simulator.Reply.body;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One simulated payment channel: micropay (charge a payment code), order query, order close, refunds, and an
 * inspection of what it holds. The outcome of a charge is chosen by the payment code's last two digits:
 *
 * <pre>
 * 01  declined                         (order recorded as DECLINED, code used up)
 * 02  insufficient funds               (order recorded as INSUFFICIENT_FUNDS, code used up)
 * 03  timeout after charging           (order charged, the answer held back for the configured delay)
 * 04  timeout before charging          (first attempt of an order number dropped after the delay, nothing recorded;
 *                                       later attempts with the same order number proceed and succeed)
 * 05  channel error                    (HTTP 500 on every attempt, nothing recorded)
 * any other                            success
 * </pre>
 *
 * A payment code is single use: any later order with the same code is declined with the invalid-code error. A
 * repeated order number with the same code and amount answers the original order flagged {@code duplicate} and
 * never charges again; with anything else it is refused as {@code ORDER_NO_USED}. A closed order number can never
 * be charged. Refunds are idempotent by refund number, may be partial, and never exceed the charged amount.
 */
final class PaymentChannelSimulator {
    private static final HexFormat HEX = HexFormat.of();

    private static final class Order {
        final String merchantOrderNo;
        final String codeHash;
        final String codeLast4;
        final long amountFen;
        final String state;
        final @Nullable String errCode;
        final @Nullable String tradeNo;
        final Instant createdAt;
        final int charges;
        long refundedFen;
        int duplicates;

        Order(
                String merchantOrderNo,
                String codeHash,
                String codeLast4,
                long amountFen,
                String state,
                @Nullable String errCode,
                @Nullable String tradeNo,
                Instant createdAt) {
            this.merchantOrderNo = merchantOrderNo;
            this.codeHash = codeHash;
            this.codeLast4 = codeLast4;
            this.amountFen = amountFen;
            this.state = state;
            this.errCode = errCode;
            this.tradeNo = tradeNo;
            this.createdAt = createdAt;
            this.charges = "SUCCESS".equals(state) ? 1 : 0;
        }
    }

    private record Refund(String refundNo, String merchantOrderNo, long refundFen, String refundId) {}

    private final SimulatedChannel channel;
    private final Duration delay;
    private final Clock clock;
    private final Map<String, Order> orders = new HashMap<>();
    private final Set<String> usedCodes = new HashSet<>();
    private final Set<String> dropped = new HashSet<>();
    private final Set<String> closed = new HashSet<>();
    private final Map<String, Refund> refunds = new HashMap<>();
    private long sequence;

    PaymentChannelSimulator(SimulatedChannel channel, Duration delay, Clock clock) {
        this.channel = channel;
        this.delay = delay;
        this.clock = clock;
    }

    /** {@code {merchantOrderNo, authCode, amountFen, subject}}. */
    synchronized Reply micropay(JsonNode request) {
        String no = Json.text(request, "merchantOrderNo");
        String code = Json.text(request, "authCode");
        Long amount = Json.number(request, "amountFen");
        if (no == null || !no.matches("[0-9A-Za-z_-]{1,32}"))
            return invalid("merchantOrderNo: 1-32 characters of [0-9A-Za-z_-]");
        if (code == null || code.isEmpty()) return invalid("authCode: required");
        if (amount == null || amount <= 0) return invalid("amountFen: a positive integer");
        if (closed.contains(no))
            return Reply.of(200, body("result", "ORDER_CLOSED", "merchantOrderNo", no, "errMessage", "order closed"));
        String hash = sha256(code);
        Order earlier = orders.get(no);
        if (earlier != null) {
            if (!earlier.codeHash.equals(hash) || earlier.amountFen != amount)
                return Reply.of(
                        200,
                        body(
                                "result",
                                "ORDER_NO_USED",
                                "merchantOrderNo",
                                no,
                                "errMessage",
                                "merchant order number already used for another order"));
            earlier.duplicates++;
            return Reply.of(200, answer(earlier, true));
        }
        if (!channel.accepts(code))
            return Reply.of(
                    200,
                    body(
                            "result",
                            "DECLINED",
                            "errCode",
                            channel.invalidCode,
                            "errMessage",
                            "not a payment code of this channel",
                            "merchantOrderNo",
                            no));
        String trigger = code.substring(code.length() - 2);
        if (trigger.equals("04") && dropped.add(no))
            return Reply.of(504, body("result", "TIMEOUT", "errMessage", "gateway timeout"))
                    .delayedBy(delay);
        if (trigger.equals("05"))
            return Reply.of(
                    500, body("result", "SYSTEM_ERROR", "errCode", channel.systemCode, "errMessage", "channel error"));
        Order order;
        if (!usedCodes.add(hash)) order = record(no, hash, code, amount, "DECLINED", channel.invalidCode);
        else
            order = switch (trigger) {
                case "01" -> record(no, hash, code, amount, "DECLINED", channel.declinedCode);
                case "02" -> record(no, hash, code, amount, "INSUFFICIENT_FUNDS", channel.insufficientCode);
                default -> record(no, hash, code, amount, "SUCCESS", null);
            };
        Reply reply = Reply.of(200, answer(order, false));
        return trigger.equals("03") ? reply.delayedBy(delay) : reply;
    }

    synchronized Reply query(String merchantOrderNo) {
        Order o = orders.get(merchantOrderNo);
        if (o != null)
            return Reply.of(
                    200,
                    body(
                            "merchantOrderNo",
                            o.merchantOrderNo,
                            "tradeState",
                            o.state,
                            "errCode",
                            o.errCode,
                            "tradeNo",
                            o.tradeNo,
                            "amountFen",
                            o.amountFen,
                            "refundedFen",
                            o.refundedFen));
        if (closed.contains(merchantOrderNo))
            return Reply.of(200, body("merchantOrderNo", merchantOrderNo, "tradeState", "CLOSED"));
        return Reply.of(404, body("result", "ORDER_NOT_EXIST", "errMessage", "no such order"));
    }

    /** Closes an order number so it can never be charged; a paid order cannot be closed. */
    synchronized Reply close(String merchantOrderNo) {
        Order o = orders.get(merchantOrderNo);
        if (o != null && o.state.equals("SUCCESS"))
            return Reply.of(200, body("result", "ORDER_PAID", "merchantOrderNo", merchantOrderNo));
        if (o == null) closed.add(merchantOrderNo);
        return Reply.of(200, body("result", "CLOSED", "merchantOrderNo", merchantOrderNo));
    }

    /** {@code {merchantOrderNo, refundNo, refundFen}}. */
    synchronized Reply refund(JsonNode request) {
        String no = Json.text(request, "merchantOrderNo");
        String refundNo = Json.text(request, "refundNo");
        Long fen = Json.number(request, "refundFen");
        if (no == null || refundNo == null || !refundNo.matches("[0-9A-Za-z_-]{1,64}") || fen == null || fen <= 0)
            return invalid("merchantOrderNo, refundNo (1-64 of [0-9A-Za-z_-]) and a positive refundFen are required");
        Refund earlier = refunds.get(refundNo);
        if (earlier != null) {
            if (!earlier.merchantOrderNo.equals(no) || earlier.refundFen != fen)
                return Reply.of(
                        200,
                        body("result", "REFUND_REFUSED", "errCode", "REFUND_NO_USED", "errMessage", "refund no used"));
            return Reply.of(200, refunded(earlier, orders.get(no), true));
        }
        Order o = orders.get(no);
        if (o == null || !o.state.equals("SUCCESS"))
            return Reply.of(
                    200, body("result", "REFUND_REFUSED", "errCode", "ORDER_NOT_PAID", "errMessage", "order not paid"));
        if (o.refundedFen + fen > o.amountFen)
            return Reply.of(
                    200,
                    body(
                            "result",
                            "REFUND_REFUSED",
                            "errCode",
                            "REFUND_EXCEEDS",
                            "errMessage",
                            "refund exceeds the amount paid"));
        o.refundedFen += fen;
        Refund r = new Refund(refundNo, no, fen, channel.tradePrefix + "R" + String.format("%020d", ++sequence));
        refunds.put(refundNo, r);
        return Reply.of(200, refunded(r, o, false));
    }

    /** What the simulator holds for an order number: for tests and demos (never part of a real channel). */
    synchronized Reply inspect(String merchantOrderNo) {
        Order o = orders.get(merchantOrderNo);
        long refundCount = refunds.values().stream()
                .filter(r -> r.merchantOrderNo.equals(merchantOrderNo))
                .count();
        return Reply.of(
                200,
                body(
                        "merchantOrderNo",
                        merchantOrderNo,
                        "exists",
                        o != null,
                        "tradeState",
                        o != null ? o.state : closed.contains(merchantOrderNo) ? "CLOSED" : "NOT_FOUND",
                        "charges",
                        o == null ? 0 : o.charges,
                        "chargedFen",
                        o == null ? 0 : o.charges * o.amountFen,
                        "duplicates",
                        o == null ? 0 : o.duplicates,
                        "droppedAttempts",
                        dropped.contains(merchantOrderNo) ? 1 : 0,
                        "refunds",
                        refundCount,
                        "refundedFen",
                        o == null ? 0 : o.refundedFen,
                        "codeLast4",
                        o == null ? null : o.codeLast4,
                        "createdAt",
                        o == null ? null : o.createdAt.toString()));
    }

    private Order record(String no, String hash, String code, long amount, String state, @Nullable String errCode) {
        String tradeNo = state.equals("SUCCESS") ? channel.tradePrefix + String.format("%024d", ++sequence) : null;
        Order o = new Order(
                no, hash, code.substring(code.length() - 4), amount, state, errCode, tradeNo, clock.instant());
        orders.put(no, o);
        return o;
    }

    private static Map<String, Object> answer(Order o, boolean duplicate) {
        return body(
                "result",
                o.state,
                "errCode",
                o.errCode,
                "errMessage",
                o.errCode == null ? null : message(o.state),
                "merchantOrderNo",
                o.merchantOrderNo,
                "tradeNo",
                o.tradeNo,
                "amountFen",
                o.amountFen,
                "paidAt",
                o.tradeNo == null ? null : o.createdAt.toString(),
                "duplicate",
                duplicate);
    }

    private static Map<String, Object> refunded(Refund r, @Nullable Order o, boolean duplicate) {
        return body(
                "result",
                "SUCCESS",
                "merchantOrderNo",
                r.merchantOrderNo,
                "refundNo",
                r.refundNo,
                "refundId",
                r.refundId,
                "refundFen",
                r.refundFen,
                "totalRefundedFen",
                o == null ? null : o.refundedFen,
                "duplicate",
                duplicate);
    }

    private static String message(String state) {
        return switch (state) {
            case "INSUFFICIENT_FUNDS" -> "insufficient balance";
            default -> "payment declined";
        };
    }

    private static Reply invalid(String message) {
        return Reply.of(400, body("result", "INVALID_REQUEST", "errMessage", message));
    }

    static String sha256(String s) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
