package io.ehc.certificate.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * Reads the FHIR R4 bundle of a SMART Health Card as plain JSON (no FHIR library): the first Patient's name and birth
 * date, and one summary line per Immunization and Observation. Unknown resources are left in the claims only.
 */
final class FhirBundles {
    static final int MAX_SUMMARY_LINES = 50;

    /** The holder: the first Patient of the bundle. */
    record Holder(@Nullable String name, @Nullable String birthDate) {}

    /** CVX codes of COVID-19 vaccines (CDC vaccine code set) named for the summary when the card gives no display. */
    private static final Map<String, String> CVX = Map.of(
            "207", "COVID-19 vaccine (Moderna)",
            "208", "COVID-19 vaccine (Pfizer-BioNTech)",
            "210", "COVID-19 vaccine (AstraZeneca)",
            "211", "COVID-19 vaccine (Novavax)",
            "212", "COVID-19 vaccine (Janssen)",
            "213", "COVID-19 vaccine");

    private FhirBundles() {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> bundle(Map<String, Object> payload) {
        if (payload.get("vc") instanceof Map<?, ?> vc
                && vc.get("credentialSubject") instanceof Map<?, ?> subject
                && subject.get("fhirBundle") instanceof Map<?, ?> bundle) {
            if (!"Bundle".equals(bundle.get("resourceType")))
                throw new IllegalArgumentException("vc.credentialSubject.fhirBundle is not a FHIR Bundle");
            return (Map<String, Object>) bundle;
        }
        throw new IllegalArgumentException("the JWS payload has no vc.credentialSubject.fhirBundle");
    }

    static Holder holder(Map<String, Object> bundle) {
        for (Map<?, ?> resource : resources(bundle)) {
            if (!"Patient".equals(resource.get("resourceType"))) continue;
            String name = null;
            if (resource.get("name") instanceof List<?> names
                    && !names.isEmpty()
                    && names.get(0) instanceof Map<?, ?> first) name = humanName(first);
            return new Holder(name, SmartHealthCards.string(resource.get("birthDate")));
        }
        return new Holder(null, null);
    }

    static List<String> summary(Map<String, Object> bundle) {
        List<String> lines = new ArrayList<>();
        for (Map<?, ?> resource : resources(bundle)) {
            if (lines.size() >= MAX_SUMMARY_LINES) break;
            Object type = resource.get("resourceType");
            if ("Immunization".equals(type)) lines.add(immunization(resource));
            else if ("Observation".equals(type)) lines.add(observation(resource));
        }
        return lines;
    }

    private static String immunization(Map<?, ?> r) {
        String vaccine = concept(r.get("vaccineCode"), true);
        String when = first(SmartHealthCards.string(r.get("occurrenceDateTime")), r.get("occurrenceString"));
        String line =
                "Immunization: " + (vaccine == null ? "unknown vaccine" : vaccine) + (when == null ? "" : ", " + when);
        Object status = r.get("status");
        return "completed".equals(status) || !(status instanceof String s) ? line : line + " (" + s + ")";
    }

    private static String observation(Map<?, ?> r) {
        String what = concept(r.get("code"), false);
        String when = SmartHealthCards.string(r.get("effectiveDateTime"));
        String value = concept(r.get("valueCodeableConcept"), false);
        if (value == null) value = SmartHealthCards.string(r.get("valueString"));
        if (value == null && r.get("valueQuantity") instanceof Map<?, ?> q && q.get("value") instanceof Number n)
            value = plain(n) + (q.get("unit") instanceof String u ? " " + u : "");
        return "Observation: " + (what == null ? "unknown observation" : what) + (when == null ? "" : ", " + when)
                + (value == null ? "" : ": " + value);
    }

    /** text, else the first coding's display, else (for vaccines) a known CVX name, else system|code. */
    private static @Nullable String concept(@Nullable Object value, boolean vaccine) {
        if (!(value instanceof Map<?, ?> concept)) return null;
        String text = SmartHealthCards.string(concept.get("text"));
        if (text != null) return text;
        if (!(concept.get("coding") instanceof List<?> codings)) return null;
        for (Object c : codings) {
            if (!(c instanceof Map<?, ?> coding)) continue;
            String display = SmartHealthCards.string(coding.get("display"));
            if (display != null) return display;
            String code = SmartHealthCards.string(coding.get("code"));
            if (code == null) continue;
            String system = SmartHealthCards.string(coding.get("system"));
            if (vaccine && "http://hl7.org/fhir/sid/cvx".equals(system) && CVX.containsKey(code)) return CVX.get(code);
            return system == null ? code : system + "|" + code;
        }
        return null;
    }

    private static @Nullable String humanName(Map<?, ?> name) {
        String text = SmartHealthCards.string(name.get("text"));
        if (text != null) return text;
        StringJoiner joined = new StringJoiner(" ");
        if (name.get("given") instanceof List<?> given)
            for (Object g : given) if (g instanceof String s && !s.isBlank()) joined.add(s.strip());
        String family = SmartHealthCards.string(name.get("family"));
        if (family != null) joined.add(family.strip());
        return joined.length() == 0 ? null : joined.toString();
    }

    private static List<Map<?, ?>> resources(Map<String, Object> bundle) {
        List<Map<?, ?>> out = new ArrayList<>();
        if (bundle.get("entry") instanceof List<?> entries)
            for (Object e : entries)
                if (e instanceof Map<?, ?> entry && entry.get("resource") instanceof Map<?, ?> resource)
                    out.add(resource);
        return out;
    }

    private static @Nullable String first(@Nullable String a, @Nullable Object b) {
        return a != null ? a : SmartHealthCards.string(b);
    }

    /** NumericDate (seconds since the epoch, possibly with a fraction), or null when absent. */
    static @Nullable Instant epochSeconds(@Nullable Object value, String claim) {
        if (value == null) return null;
        if (!(value instanceof Number n)) throw new IllegalArgumentException("the " + claim + " claim is not a number");
        try {
            BigDecimal seconds = new BigDecimal(n.toString());
            BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
            return Instant.ofEpochSecond(
                    whole.longValueExact(),
                    seconds.subtract(whole).movePointRight(9).intValue());
        } catch (ArithmeticException | NumberFormatException | DateTimeException e) {
            throw new IllegalArgumentException("the " + claim + " claim is not a valid time");
        }
    }

    static String plain(Number n) {
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        }
        return n.toString();
    }
}
