package io.ehc.h5.web;

import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.InvalidInput;
import io.ehc.shared.error.PlatformException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Friendly, localized texts for the platform's errors: a field's rule ({@code h5.rule.<field>.<rule>}), else the
 * field's general message ({@code h5.invalid.<field>}, or {@code h5.missing} when empty); a problem's code
 * ({@code h5.code.<code>}), else a general message. Rejected values are never shown back.
 */
@Component
class PageMessages {
    private final MessageSource messages;

    PageMessages(MessageSource messages) {
        this.messages = messages;
    }

    Map<String, String> fields(List<InvalidInput> problems) {
        Map<String, String> out = new LinkedHashMap<>();
        for (InvalidInput p : problems) out.putIfAbsent(p.field(), field(p));
        return out;
    }

    String field(InvalidInput p) {
        String rule = p.getMessage() == null
                ? ""
                : p.getMessage().substring(p.getMessage().indexOf(':') + 1);
        String slug = rule.strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        String specific = text("h5.rule." + p.field() + "." + slug);
        if (specific != null) return specific;
        String byCode = text("h5.code." + p.code());
        if (byCode != null && !p.code().equals(ErrorCodes.INVALID_PARAMETER)) return byCode;
        if (p.code().equals(ErrorCodes.EMPTY_PARAMETER)) return text("h5.missing", "h5.missing");
        return text("h5.invalid." + p.field(), text("h5.invalid", "h5.invalid"));
    }

    /** "Required" for each of the fields left empty. */
    Map<String, String> missing(Map<String, String> form, String... fields) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (String f : fields) if (form.getOrDefault(f, "").isBlank()) errors.put(f, text("h5.missing", "h5.missing"));
        return errors;
    }

    String problem(PlatformException e) {
        return text("h5.code." + e.code(), text("h5.error.generic", "h5.error.generic"));
    }

    String text(String key, String fallback) {
        String t = text(key);
        return t == null ? fallback : t;
    }

    String text(String key) {
        return messages.getMessage(key, null, null, LocaleContextHolder.getLocale());
    }
}
