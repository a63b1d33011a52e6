package io.ehc.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;

/**
 * The simulators of the outside parties, as tests meet them: payment codes that choose an outcome, what a channel
 * holds for a payment, and e-vouchers shown by the insurance app.
 */
public final class Simulators {
    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();

    public Simulators(int port) {
        this.base = "http://127.0.0.1:" + port + "/sim";
    }

    /** A fresh WeChat Pay code (18 digits, prefix 10-15) ending in the given two digits (the simulator's trigger). */
    public static String wechatCode(String lastTwo) {
        return "13" + digits(14) + lastTwo;
    }

    /** A fresh Alipay code (18 digits here, prefix 25-30). */
    public static String alipayCode(String lastTwo) {
        return "28" + digits(14) + lastTwo;
    }

    /** A fresh UnionPay code (19 digits, prefix 62). */
    public static String unionpayCode(String lastTwo) {
        return "62" + digits(15) + lastTwo;
    }

    /** What the channel holds for the payment's merchant order number (the payment ID as 32 hex digits). */
    public JsonNode order(String channel, UUID paymentId) {
        return send(
                        "GET",
                        "/pay/" + channel + "/v1/inspect/orders/"
                                + paymentId.toString().replace("-", ""),
                        null)
                .json();
    }

    /** The insurance app enrols a person and shows an e-voucher; scenario NORMAL, SLOW_ONCE or TIMEOUT. */
    public String voucher(String documentNumber, String name, String insuredRegion, int validSeconds, String scenario) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("documentType", "01");
        body.put("documentNumber", documentNumber);
        body.put("name", name);
        body.put("insuredRegion", insuredRegion);
        body.put("validSeconds", validSeconds);
        body.put("scenario", scenario);
        Api.Response r = send("POST", "/insurance/v1/enrolments", body);
        if (r.status() != 201) throw new IllegalStateException(r.text());
        return r.json().path("voucher").asString();
    }

    public JsonNode voucherUse(String voucher) {
        return send("POST", "/insurance/v1/inspect", Map.of("voucher", voucher)).json();
    }

    public Api.Response send(String method, String path, Object body) {
        byte[] bytes = Api.bytes(body);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(
                        method,
                        bytes.length == 0
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(bytes));
        if (bytes.length > 0) b.header("Content-Type", "application/json");
        try {
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Api.Response(
                    r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String digits(int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++)
            b.append((char) ('0' + ThreadLocalRandom.current().nextInt(10)));
        return b.toString();
    }
}
