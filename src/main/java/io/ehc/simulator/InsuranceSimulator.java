package io.ehc.simulator;

import static io.ehc.simulator.Reply.body;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The medical insurance e-voucher service (医保电子凭证), simulated. {@code enrol} stands for the resident's insurance
 * app: it enrols an insured person and shows a voucher, 28 digits as DOMAIN.md §6 ({@code 424} + 17 random digits +
 * 2 scenario digits + the 2-digit province of the insured region + {@code 0000}), valid for a few minutes.
 * {@code decode} answers the person, the insured region and a settlement token. The scenario digits choose the
 * insurer's speed:
 *
 * <pre>
 * 01  normal
 * 98  slow once: the first request of each request ID is processed, then answered after the configured delay;
 *     a repeat of that request ID is answered at once with the same answer (same settlement token)
 * 99  slow always: every request is answered only after the configured delay
 * </pre>
 *
 * Refusals: a malformed request (400 INVALID_REQUEST), a business type outside DOMAIN.md's list (422
 * BUSINESS_TYPE_UNSUPPORTED), a voucher never shown (404 VOUCHER_NOT_FOUND), a voucher past its validity (410
 * VOUCHER_EXPIRED), a request ID reused for another voucher or business type (409 REQUEST_ID_REUSED).
 */
final class InsuranceSimulator {
    /** Insurance code-use business types of DOMAIN.md §6. */
    static final Set<String> BUSINESS_TYPES = Set.of("01101", "01102", "01201", "01202", "01301", "01302", "02121");

    static final Set<String> DOCUMENT_TYPES = Set.of("01", "02", "03", "04", "05", "06", "07", "08", "99");
    static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43",
            "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82");
    static final Duration TOKEN_VALIDITY = Duration.ofMinutes(10);
    static final int DEFAULT_VALID_SECONDS = 300;
    private static final Map<String, String> SCENARIOS = Map.of("NORMAL", "01", "SLOW_ONCE", "98", "TIMEOUT", "99");

    private record Person(String documentType, String documentNumber, String name, String insuredRegion) {}

    private static final class Voucher {
        final Person person;
        final Instant expiresAt;
        int requests;
        int tokensMinted;

        Voucher(Person person, Instant expiresAt) {
            this.person = person;
            this.expiresAt = expiresAt;
        }
    }

    private record Answer(String voucher, String businessType, Map<String, Object> body) {}

    private final Duration delay;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Voucher> vouchers = new HashMap<>();
    private final Map<String, Answer> answers = new HashMap<>();
    private final Set<String> slowedOnce = new HashSet<>();

    InsuranceSimulator(Duration delay, Clock clock) {
        this.delay = delay;
        this.clock = clock;
    }

    /** {@code {documentType, documentNumber, name, insuredRegion, validSeconds?, scenario?}} → a voucher. */
    synchronized Reply enrol(JsonNode request) {
        String type = Json.text(request, "documentType");
        String number = Json.text(request, "documentNumber");
        String name = Json.text(request, "name");
        String region = Json.text(request, "insuredRegion");
        Long valid = request.has("validSeconds") ? Json.number(request, "validSeconds") : DEFAULT_VALID_SECONDS;
        String scenario = request.has("scenario") ? Json.text(request, "scenario") : "NORMAL";
        if (type == null || !DOCUMENT_TYPES.contains(type)) return invalid("documentType: a CV02_01_101 code");
        if (number == null || !number.matches("[0-9A-Za-z]{1,32}"))
            return invalid("documentNumber: 1-32 letters or digits");
        if (name == null || name.isBlank() || name.length() > 50) return invalid("name: 1-50 characters");
        if (region == null || !region.matches("[0-9]{6}") || !PROVINCES.contains(region.substring(0, 2)))
            return invalid("insuredRegion: a six-digit GB/T 2260 code");
        if (valid == null || valid < 0 || valid > 3600) return invalid("validSeconds: 0-3600");
        if (scenario == null || !SCENARIOS.containsKey(scenario))
            return invalid("scenario: one of " + SCENARIOS.keySet());
        String voucher;
        do {
            StringBuilder b = new StringBuilder("424");
            for (int i = 0; i < 17; i++) b.append((char) ('0' + random.nextInt(10)));
            voucher = b.append(SCENARIOS.get(scenario))
                    .append(region, 0, 2)
                    .append("0000")
                    .toString();
        } while (vouchers.containsKey(voucher));
        Instant expiresAt = clock.instant().plusSeconds(valid);
        vouchers.put(voucher, new Voucher(new Person(type, number, name, region), expiresAt));
        return Reply.of(201, body("voucher", voucher, "expiresAt", expiresAt.toString()));
    }

    /** {@code {voucher, businessType, institutionCode, requestId}} → the person and a settlement token. */
    synchronized Reply decode(JsonNode request) {
        String number = Json.text(request, "voucher");
        String businessType = Json.text(request, "businessType");
        String institution = Json.text(request, "institutionCode");
        String requestId = Json.text(request, "requestId");
        if (number == null || !number.matches("424[0-9]{21}0000")) return invalid("voucher: 28 digits");
        if (businessType == null || !businessType.matches("[0-9]{5}")) return invalid("businessType: 5 digits");
        if (institution == null || institution.isBlank() || institution.length() > 32)
            return invalid("institutionCode: required");
        if (requestId == null || !requestId.matches("[0-9A-Za-z_-]{1,64}"))
            return invalid("requestId: 1-64 characters of [0-9A-Za-z_-]");
        String scenario = number.substring(20, 22);
        Duration hold =
                scenario.equals("99") || (scenario.equals("98") && slowedOnce.add(requestId)) ? delay : Duration.ZERO;
        Voucher v = vouchers.get(number);
        if (v != null) v.requests++;
        Answer earlier = answers.get(requestId);
        if (earlier != null) {
            if (!earlier.voucher.equals(number) || !earlier.businessType.equals(businessType))
                return Reply.of(409, error("REQUEST_ID_REUSED", "request ID already used for another request"));
            Map<String, Object> again = new HashMap<>(earlier.body);
            again.put("duplicate", true);
            return Reply.of(200, again).delayedBy(hold);
        }
        if (!BUSINESS_TYPES.contains(businessType))
            return Reply.of(422, error("BUSINESS_TYPE_UNSUPPORTED", "business type not supported"))
                    .delayedBy(hold);
        if (v == null)
            return Reply.of(404, error("VOUCHER_NOT_FOUND", "no such voucher")).delayedBy(hold);
        Instant now = clock.instant();
        if (!now.isBefore(v.expiresAt))
            return Reply.of(410, error("VOUCHER_EXPIRED", "voucher expired")).delayedBy(hold);
        byte[] token = new byte[16];
        random.nextBytes(token);
        v.tokensMinted++;
        Map<String, Object> answer = body(
                "name",
                v.person.name(),
                "documentType",
                v.person.documentType(),
                "documentNumber",
                v.person.documentNumber(),
                "insuredRegion",
                v.person.insuredRegion(),
                "settlementToken",
                HexFormat.of().withUpperCase().formatHex(token),
                "tokenExpiresAt",
                now.plus(TOKEN_VALIDITY).toString(),
                "requestId",
                requestId);
        answers.put(requestId, new Answer(number, businessType, answer));
        Map<String, Object> first = new HashMap<>(answer);
        first.put("duplicate", false);
        return Reply.of(200, first).delayedBy(hold);
    }

    /** {@code {voucher}} → how many decode requests it saw and how many settlement tokens it minted. */
    synchronized Reply inspect(JsonNode request) {
        String number = Json.text(request, "voucher");
        Voucher v = number == null ? null : vouchers.get(number);
        return Reply.of(
                200,
                body(
                        "exists",
                        v != null,
                        "requests",
                        v == null ? 0 : v.requests,
                        "tokensMinted",
                        v == null ? 0 : v.tokensMinted,
                        "expiresAt",
                        v == null ? null : v.expiresAt.toString()));
    }

    private static Map<String, Object> error(String code, String message) {
        return body("code", code, "message", message);
    }

    private static Reply invalid(String message) {
        return Reply.of(400, error("INVALID_REQUEST", message));
    }
}
