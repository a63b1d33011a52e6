package io.ehc.support;

import io.ehc.institution.domain.RequestSignature;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for tests: administrator calls (HTTP Basic) and signed terminal calls. */
public final class Api {
    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SecureRandom RANDOM = new SecureRandom();
    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();

    public Api(int port) {
        this.base = "http://localhost:" + port;
    }

    /** An answer: status, content type, body and (when read over HTTP) its headers. */
    public record Response(int status, String contentType, byte[] body, Map<String, List<String>> headers) {
        public Response(int status, String contentType, byte[] body) {
            this(status, contentType, body, Map.of());
        }

        /** The first value of a header (names are case-insensitive), or empty. */
        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e ->
                            e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse("");
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public String code() {
            return json().path("code").asString();
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }
    }

    public Response admin(String method, String path, Object body) {
        String auth = Base64.getEncoder().encodeToString("admin:test-admin-password".getBytes(StandardCharsets.UTF_8));
        return send(method, path, Map.of("Authorization", "Basic " + auth), bytes(body));
    }

    public Response anonymous(String method, String path, Object body) {
        return send(method, path, Map.of(), bytes(body));
    }

    public TerminalClient terminal(String keyId, String secret) {
        return new TerminalClient(keyId, secret);
    }

    public Response send(String method, String path, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(
                        method,
                        body.length == 0
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body.length > 0 && !headers.containsKey("Content-Type")) b.header("Content-Type", "application/json");
        headers.forEach(b::header);
        try {
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(
                    r.statusCode(),
                    r.headers().firstValue("Content-Type").orElse(""),
                    r.body(),
                    r.headers().map());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(Object body) {
        if (body == null) return new byte[0];
        if (body instanceof byte[] b) return b;
        if (body instanceof String s) return s.getBytes(StandardCharsets.UTF_8);
        return JSON.writeValueAsBytes(body);
    }

    public static String nonce() {
        byte[] b = new byte[12];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** Signs requests as a terminal; the variants let tests break one part of the signature at a time. */
    public final class TerminalClient {
        private final String keyId;
        private final String secret;

        TerminalClient(String keyId, String secret) {
            this.keyId = keyId;
            this.secret = secret;
        }

        public Response post(String path, Object body) {
            return signed("POST", path, bytes(body), System.currentTimeMillis(), nonce(), secret);
        }

        /** A signed request of any method; {@code body} may be null. */
        public Response call(String method, String path, Object body) {
            return signed(method, path, bytes(body), System.currentTimeMillis(), nonce(), secret);
        }

        public Response signed(
                String method, String path, byte[] body, long timestamp, String nonce, String signingSecret) {
            return send(method, path, signedHeaders(method, path, body, timestamp, nonce, signingSecret), body);
        }

        /** A signed POST of raw bytes sent as {@code contentType}. */
        public Response postAs(String contentType, String path, byte[] body) {
            Map<String, String> headers = new java.util.HashMap<>(
                    signedHeaders("POST", path, body, System.currentTimeMillis(), nonce(), secret));
            headers.put("Content-Type", contentType);
            return send("POST", path, headers, body);
        }

        private Map<String, String> signedHeaders(
                String method, String path, byte[] body, long timestamp, String nonce, String signingSecret) {
            String canonical = RequestSignature.canonical(method, path, Long.toString(timestamp), nonce, body);
            return Map.of(
                    "X-EHC-Key",
                    keyId,
                    "X-EHC-Timestamp",
                    Long.toString(timestamp),
                    "X-EHC-Nonce",
                    nonce,
                    "X-EHC-Signature",
                    RequestSignature.sign(signingSecret, canonical));
        }

        public String secret() {
            return secret;
        }

        public String keyId() {
            return keyId;
        }
    }
}
