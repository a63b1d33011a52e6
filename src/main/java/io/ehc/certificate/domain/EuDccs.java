package io.ehc.certificate.domain;

import io.ehc.certificate.CertificateKind;
import io.ehc.certificate.DecodedCertificate;
import io.ehc.certificate.SignatureStatus;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * EU Digital COVID Certificates (eHealth Network, "Technical Specifications for EU Digital COVID Certificates", vol.
 * 1): {@code HC1:} + base45 (RFC 9285) of a zlib-compressed COSE_Sign1 (RFC 9052, CBOR tag 18, optionally inside the
 * CWT tag 61) whose payload is a CWT (RFC 8392): 1 issuing country, 4 expiry, 6 issued at, -260 → {1: hcert}. The
 * signature covers Sig_structure {@code ["Signature1", protected, h'', payload]}; the key ID (label 4) is read from
 * the protected header, else the unprotected one, and the algorithm (label 1) likewise: -7 ES256 or -37 PS256.
 */
final class EuDccs {
    static final String PREFIX = "HC1:";
    private static final long COSE_SIGN1 = 18;
    private static final long CWT = 61;
    private static final long ALG = 1;
    private static final long KID = 4;
    private static final long ISS = 1;
    private static final long EXP = 4;
    private static final long IAT = 6;
    private static final long HCERT = -260;

    private EuDccs() {}

    static DecodedCertificate decode(String base45, CertificateDecoder decoder) {
        byte[] data = Base45.decode(base45);
        if (data.length == 0) throw new IllegalArgumentException("nothing follows HC1:");
        // The specification compresses with zlib; uncompressed COSE (first byte 0xD2 or 0x84) is read as is.
        byte[] cose = (data[0] & 0xff) == 0x78 ? Inflation.zlib(data, CertificateDecoder.MAX_PAYLOAD_BYTES) : data;
        List<?> sign1 = sign1(Cbor.decode(cose));
        byte[] protectedBytes = bytes(sign1.get(0), "the protected header");
        Map<?, ?> protectedHeader = protectedBytes.length == 0
                ? Map.of()
                : map(decodeNested(protectedBytes, "the protected header"), "the protected header");
        Map<?, ?> unprotected = map(sign1.get(1), "the unprotected header");
        byte[] payloadBytes = bytes(sign1.get(2), "the payload");
        byte[] signature = bytes(sign1.get(3), "the signature");

        Object kidValue = header(protectedHeader, unprotected, KID);
        if (kidValue != null && !(kidValue instanceof byte[]))
            throw new IllegalArgumentException("the COSE kid (label 4) is not a byte string");
        String kid = kidValue == null ? null : Base64.getEncoder().encodeToString((byte[]) kidValue);
        Object algValue = header(protectedHeader, unprotected, ALG);
        long alg = algValue instanceof Long a ? a : 0;

        Map<?, ?> payload = map(decodeNested(payloadBytes, "the payload"), "the CWT payload");
        if (!(payload.get(ISS) instanceof String country) || country.isBlank())
            throw new IllegalArgumentException("the CWT payload has no issuing country (claim 1)");
        Instant expiresAt = time(payload.get(EXP), "expiry (claim 4)");
        Instant issuedAt = time(payload.get(IAT), "issued-at (claim 6)");
        if (!(payload.get(HCERT) instanceof Map<?, ?> hcertClaim && hcertClaim.get(1L) instanceof Map<?, ?> hcert))
            throw new IllegalArgumentException("the CWT payload has no EU DCC (claim -260, key 1)");

        byte[] sigStructure = Cbor.encode(List.of("Signature1", protectedBytes, new byte[0], payloadBytes));
        SignatureStatus status = decoder.check(
                CertificateKind.EU_DCC, country, kid, key -> Signatures.cose(alg, key, sigStructure, signature));
        return new DecodedCertificate(
                CertificateKind.EU_DCC,
                country,
                kid,
                status,
                issuedAt,
                expiresAt,
                holderName(hcert),
                SmartHealthCards.string(hcert.get("dob")),
                summary(hcert),
                Claims.immutableObject(hcert),
                expiresAt != null && decoder.now().isAfter(expiresAt));
    }

    private static List<?> sign1(@Nullable Object item) {
        Object value = item;
        if (value instanceof Cbor.Tagged t && t.tag() == CWT) value = t.value();
        if (value instanceof Cbor.Tagged t) {
            if (t.tag() != COSE_SIGN1)
                throw new IllegalArgumentException("the CBOR tag is " + t.tag() + ", not COSE_Sign1 (18)");
            value = t.value();
        }
        if (!(value instanceof List<?> list) || list.size() != 4)
            throw new IllegalArgumentException("not a COSE_Sign1 message (an array of 4 items)");
        return list;
    }

    private static @Nullable Object decodeNested(byte[] data, String what) {
        try {
            return Cbor.decode(data);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": " + e.getMessage());
        }
    }

    private static @Nullable Object header(Map<?, ?> protectedHeader, Map<?, ?> unprotected, long label) {
        Object value = protectedHeader.get(label);
        return value != null ? value : unprotected.get(label);
    }

    private static byte[] bytes(@Nullable Object value, String what) {
        if (value instanceof byte[] b) return b;
        throw new IllegalArgumentException(what + " of the COSE_Sign1 message is not a byte string");
    }

    private static Map<?, ?> map(@Nullable Object value, String what) {
        if (value instanceof Map<?, ?> m) return m;
        throw new IllegalArgumentException(what + " is not a CBOR map");
    }

    private static @Nullable Instant time(@Nullable Object value, String what) {
        if (value == null) return null;
        try {
            if (value instanceof Long seconds) return Instant.ofEpochSecond(seconds);
            if (value instanceof Double seconds && Double.isFinite(seconds))
                return FhirBundles.epochSeconds(seconds, what);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("the " + what + " is not a valid time");
        }
        throw new IllegalArgumentException("the " + what + " is not a number");
    }

    /** Given names then family names; the transliterated forms (gnt, fnt) when the national ones are absent. */
    private static @Nullable String holderName(Map<?, ?> hcert) {
        if (!(hcert.get("nam") instanceof Map<?, ?> nam)) return null;
        String given = SmartHealthCards.string(nam.get("gn"));
        String family = SmartHealthCards.string(nam.get("fn"));
        if (given == null && family == null) {
            given = transliterated(nam.get("gnt"));
            family = transliterated(nam.get("fnt"));
        }
        StringJoiner name = new StringJoiner(" ");
        if (given != null) name.add(given.strip());
        if (family != null) name.add(family.strip());
        return name.length() == 0 ? null : name.toString();
    }

    private static @Nullable String transliterated(@Nullable Object value) {
        String s = SmartHealthCards.string(value);
        return s == null ? null : s.replace('<', ' ').replaceAll(" +", " ");
    }

    /** Value sets of the EU DCC (test type, test result) named in the summary; other codes are shown as they are. */
    private static final Map<String, String> TEST_TYPES = Map.of("LP6464-4", "NAAT", "LP217198-3", "rapid antigen");

    private static final Map<String, String> TEST_RESULTS =
            Map.of("260415000", "not detected", "260373001", "detected");

    static List<String> summary(Map<?, ?> hcert) {
        List<String> lines = new ArrayList<>();
        for (Map<?, ?> v : entries(hcert.get("v")))
            lines.add("Vaccination " + text(v.get("dn")) + "/" + text(v.get("sd")) + " " + text(v.get("mp")) + " "
                    + text(v.get("dt")));
        for (Map<?, ?> t : entries(hcert.get("t"))) {
            String type = text(t.get("tt"));
            String result = text(t.get("tr"));
            lines.add("Test " + TEST_TYPES.getOrDefault(type, type) + " " + TEST_RESULTS.getOrDefault(result, result)
                    + " " + text(t.get("sc")));
        }
        for (Map<?, ?> r : entries(hcert.get("r")))
            lines.add("Recovery: first positive " + text(r.get("fr")) + ", valid " + text(r.get("df")) + " to "
                    + text(r.get("du")));
        return lines.size() > FhirBundles.MAX_SUMMARY_LINES ? lines.subList(0, FhirBundles.MAX_SUMMARY_LINES) : lines;
    }

    private static List<Map<?, ?>> entries(@Nullable Object value) {
        List<Map<?, ?>> out = new ArrayList<>();
        if (value instanceof List<?> list) for (Object o : list) if (o instanceof Map<?, ?> m) out.add(m);
        return out;
    }

    private static String text(@Nullable Object value) {
        if (value instanceof Number n) return FhirBundles.plain(n);
        if (value instanceof String s && !s.isBlank()) return s.strip();
        return "?";
    }
}
