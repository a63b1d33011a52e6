package io.ehc.payment.infrastructure;

import io.ehc.payment.PayChannel;
import io.ehc.payment.PaymentStatus;
import io.ehc.payment.domain.ChannelGateway;
import io.ehc.payment.domain.ChannelOutcome;
import io.ehc.payment.domain.PaymentCode;
import io.ehc.payment.domain.RefundOutcome;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The payment channels over HTTP, in the platform's channel protocol (JSON; the simulators speak it):
 *
 * <pre>
 * POST {base}/micropay                       {merchantOrderNo, authCode, amountFen, subject} → {result, tradeNo, errCode}
 * GET  {base}/orders/{merchantOrderNo}       → {tradeState, tradeNo, errCode} | 404 ORDER_NOT_EXIST
 * POST {base}/orders/{merchantOrderNo}/close → {result: CLOSED | ORDER_PAID}
 * POST {base}/refunds                        {merchantOrderNo, refundNo, refundFen, totalFen} → {result, refundId, errCode}
 * </pre>
 *
 * A timeout, a connection failure, an HTTP 5xx or an unreadable answer is an unknown outcome, never a refusal. A real
 * provider is reached by pointing the base URL at a gateway that speaks this protocol (an acquirer's aggregation
 * gateway) or by another {@link ChannelGateway} adapter for its own protocol (WeChat Pay v3 with merchant
 * certificates and signed JSON, Alipay's RSA2-signed OpenAPI, UnionPay's certificate-signed forms).
 */
@Component
@EnableConfigurationProperties(ChannelSettings.class)
class HttpChannelGateway implements ChannelGateway {
    private static final Logger log = LoggerFactory.getLogger(HttpChannelGateway.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ChannelSettings settings;
    private final Environment environment;
    private final HttpClient http;

    HttpChannelGateway(ChannelSettings settings, Environment environment) {
        this.settings = settings;
        this.environment = environment;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connect())
                .build();
    }

    /** Says at start-up which channel would have nowhere to go, rather than at the first payment. */
    @EventListener(ApplicationReadyEvent.class)
    void checkConfiguration() {
        for (PayChannel c : PayChannel.values()) {
            try {
                log.info("payment channel {}: {}", c, base(c));
            } catch (IllegalStateException e) {
                log.warn(
                        "payment channel {}: {}; set ehc.payment.channels.{}.base-url",
                        c,
                        e.getMessage(),
                        c.name().toLowerCase(Locale.ROOT));
            }
        }
    }

    @Override
    public ChannelOutcome charge(
            PayChannel channel, String merchantOrderNo, PaymentCode code, long amountFen, @Nullable String subject) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("merchantOrderNo", merchantOrderNo);
        body.put("authCode", code.reveal());
        body.put("amountFen", amountFen);
        if (subject != null) body.put("subject", subject);
        Answer a = call(channel, "POST", "/micropay", body);
        if (a.failure() != null) return new ChannelOutcome.Unknown(a.failure());
        if (a.status() != 200)
            return new ChannelOutcome.Refused(
                    PaymentStatus.FAILED, "the channel refused the request (HTTP " + a.status() + ")");
        String result = text(a.json(), "result");
        return switch (result == null ? "" : result) {
            case "SUCCESS" -> paid(a.json());
            case "DECLINED" -> new ChannelOutcome.Refused(PaymentStatus.DECLINED, reason("declined", a.json()));
            case "INSUFFICIENT_FUNDS" ->
                new ChannelOutcome.Refused(PaymentStatus.INSUFFICIENT_FUNDS, reason("insufficient funds", a.json()));
            case "ORDER_CLOSED" -> new ChannelOutcome.Closed("the order number is closed at the channel");
            default -> new ChannelOutcome.Unknown("unexpected answer " + safe(result));
        };
    }

    @Override
    public ChannelOutcome query(PayChannel channel, String merchantOrderNo) {
        Answer a = call(channel, "GET", "/orders/" + merchantOrderNo, null);
        if (a.failure() != null) return new ChannelOutcome.Unknown(a.failure());
        if (a.status() == 404) return new ChannelOutcome.NoSuchOrder();
        if (a.status() != 200) return new ChannelOutcome.Unknown("query answered HTTP " + a.status());
        String state = text(a.json(), "tradeState");
        return switch (state == null ? "" : state) {
            case "SUCCESS" -> paid(a.json());
            case "DECLINED" -> new ChannelOutcome.Refused(PaymentStatus.DECLINED, reason("declined", a.json()));
            case "INSUFFICIENT_FUNDS" ->
                new ChannelOutcome.Refused(PaymentStatus.INSUFFICIENT_FUNDS, reason("insufficient funds", a.json()));
            case "CLOSED" -> new ChannelOutcome.Closed("the order number is closed at the channel");
            default -> new ChannelOutcome.Unknown("unexpected trade state " + safe(state));
        };
    }

    @Override
    public ChannelOutcome close(PayChannel channel, String merchantOrderNo) {
        Answer a = call(channel, "POST", "/orders/" + merchantOrderNo + "/close", Map.of());
        if (a.failure() != null) return new ChannelOutcome.Unknown(a.failure());
        if (a.status() == 200 && "CLOSED".equals(text(a.json(), "result")))
            return new ChannelOutcome.Closed("closed at the channel");
        return new ChannelOutcome.Unknown("not closed (" + safe(text(a.json(), "result")) + ")");
    }

    @Override
    public RefundOutcome refund(
            PayChannel channel, String merchantOrderNo, String refundNo, long refundFen, long totalFen) {
        Answer a = call(
                channel,
                "POST",
                "/refunds",
                Map.of(
                        "merchantOrderNo",
                        merchantOrderNo,
                        "refundNo",
                        refundNo,
                        "refundFen",
                        refundFen,
                        "totalFen",
                        totalFen));
        if (a.failure() != null) return new RefundOutcome.RefundUnknown(a.failure(), a.timedOut());
        if (a.status() >= 500) return new RefundOutcome.RefundUnknown("channel error HTTP " + a.status(), false);
        String result = text(a.json(), "result");
        if (a.status() == 200 && "SUCCESS".equals(result)) {
            String id = text(a.json(), "refundId");
            return new RefundOutcome.Refunded(id == null ? "" : id);
        }
        return new RefundOutcome.RefundRefused(safe(text(a.json(), "errCode")));
    }

    private record Answer(
            int status, JsonNode json, @Nullable String failure, boolean timedOut) {}

    private Answer call(PayChannel channel, String method, String path, @Nullable Object body) {
        URI uri;
        try {
            uri = URI.create(base(channel) + path);
        } catch (IllegalStateException e) {
            return new Answer(0, JSON.createObjectNode(), e.getMessage(), false);
        }
        HttpRequest.Builder b =
                HttpRequest.newBuilder(uri).timeout(settings.readTimeout()).header("Accept", "application/json");
        if (body == null) b.GET();
        else
            b.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        try {
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() >= 500)
                return new Answer(
                        r.statusCode(), JSON.createObjectNode(), "channel error HTTP " + r.statusCode(), false);
            JsonNode json = r.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(r.body());
            return new Answer(r.statusCode(), json, null, false);
        } catch (HttpTimeoutException e) {
            return new Answer(0, JSON.createObjectNode(), "channel timeout", true);
        } catch (IOException e) {
            return new Answer(0, JSON.createObjectNode(), "channel unreachable", false);
        } catch (JacksonException e) {
            return new Answer(0, JSON.createObjectNode(), "unreadable channel answer", false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, JSON.createObjectNode(), "interrupted", false);
        }
    }

    /** The channel's base URL: configured, or the built-in simulator on the port it published. */
    private String base(PayChannel channel) {
        String url = settings.baseUrl(channel);
        if (!url.equals("simulator")) return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        String port = environment.getProperty("local.simulator.port");
        if (port == null)
            throw new IllegalStateException("the payment channel simulator is not running (ehc.simulator.enabled)");
        return "http://127.0.0.1:" + port + "/sim/pay/" + channel.name().toLowerCase(Locale.ROOT) + "/v1";
    }

    private static ChannelOutcome paid(JsonNode json) {
        String tradeNo = text(json, "tradeNo");
        return tradeNo == null
                ? new ChannelOutcome.Unknown("paid without a trade number")
                : new ChannelOutcome.Paid(tradeNo);
    }

    private static String reason(String what, JsonNode json) {
        String code = text(json, "errCode");
        return code == null ? what + " by the channel" : what + " by the channel (" + safe(code) + ")";
    }

    /** Channel texts go into reasons and logs: kept short and plain. */
    private static String safe(@Nullable String s) {
        if (s == null) return "none";
        String plain = s.replaceAll("[^A-Za-z0-9_.:-]", "");
        return plain.length() > 40 ? plain.substring(0, 40) : plain;
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isString() ? v.stringValue() : null;
    }
}
