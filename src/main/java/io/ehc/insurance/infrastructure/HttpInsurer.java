package io.ehc.insurance.infrastructure;

import io.ehc.insurance.DecodedVoucher;
import io.ehc.insurance.domain.Insurer;
import io.ehc.insurance.domain.VoucherNumber;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
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
 * The insurer's e-voucher service over HTTP (JSON; the simulator speaks it): {@code POST {base}/vouchers/decode}
 * with {@code {voucher, businessType, institutionCode, requestId}}, answered {@code 200 {name, documentType,
 * documentNumber, insuredRegion, settlementToken, tokenExpiresAt}} or 404 (unknown), 410 (expired), 422 (business
 * type), 400 (malformed). A real insurer (the national medical insurance information platform's e-voucher
 * interface) needs its own adapter of {@link Insurer}: SM2-signed and SM4-encrypted messages with the institution's
 * certificates, and its own field names.
 */
@Component
@EnableConfigurationProperties(InsurerSettings.class)
class HttpInsurer implements Insurer {
    private static final Logger log = LoggerFactory.getLogger(HttpInsurer.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final InsurerSettings settings;
    private final Environment environment;
    private final HttpClient http;

    HttpInsurer(InsurerSettings settings, Environment environment) {
        this.settings = settings;
        this.environment = environment;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connect())
                .build();
    }

    /** Says at start-up when the insurer would be out of reach, rather than at the first scan. */
    @EventListener(ApplicationReadyEvent.class)
    void checkConfiguration() {
        String base = base();
        if (base == null)
            log.warn("insurer: the simulator is not running (ehc.simulator.enabled); set ehc.insurance.base-url");
        else log.info("insurer e-voucher service: {}", base);
    }

    @Override
    public Answer decode(VoucherNumber voucher, String businessType, String institutionCode, String requestId) {
        String base = base();
        if (base == null) return new Answer.Unavailable("the insurance simulator is not running");
        byte[] body = JSON.writeValueAsBytes(Map.of(
                "voucher",
                voucher.value(),
                "businessType",
                businessType,
                "institutionCode",
                institutionCode,
                "requestId",
                requestId));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/vouchers/decode"))
                .timeout(settings.readTimeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return switch (r.statusCode()) {
                case 200 -> decoded(JSON.readTree(r.body()));
                case 404 -> new Answer.Refused(Reason.UNKNOWN_VOUCHER);
                case 410 -> new Answer.Refused(Reason.EXPIRED_VOUCHER);
                case 422 -> new Answer.Refused(Reason.UNSUPPORTED_BUSINESS_TYPE);
                case 400 -> new Answer.Refused(Reason.BAD_REQUEST);
                default -> new Answer.Unavailable("HTTP " + r.statusCode());
            };
        } catch (HttpTimeoutException e) {
            return new Answer.TimedOut();
        } catch (IOException e) {
            return new Answer.Unavailable("unreachable");
        } catch (JacksonException | DateTimeParseException e) {
            return new Answer.Unavailable("unreadable answer");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer.Unavailable("interrupted");
        }
    }

    private static Answer decoded(JsonNode json) {
        String type = text(json, "documentType");
        String number = text(json, "documentNumber");
        String name = text(json, "name");
        String region = text(json, "insuredRegion");
        String token = text(json, "settlementToken");
        String expires = text(json, "tokenExpiresAt");
        if (type == null || number == null || name == null || region == null || token == null || expires == null)
            return new Answer.Unavailable("incomplete answer");
        if (!region.matches("[0-9]{6}")) return new Answer.Unavailable("insured region is not a GB/T 2260 code");
        return new Answer.Decoded(new DecodedVoucher(type, number, name, region, token, Instant.parse(expires)));
    }

    /** The configured base URL, or the built-in simulator on the port it published; null when neither is there. */
    private @Nullable String base() {
        String url = settings.base();
        if (!url.equals("simulator")) return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        String port = environment.getProperty("local.simulator.port");
        return port == null ? null : "http://127.0.0.1:" + port + "/sim/insurance/v1";
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isString() ? v.stringValue() : null;
    }
}
