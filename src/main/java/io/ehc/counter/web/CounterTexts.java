package io.ehc.counter.web;

import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.InvalidInput;
import io.ehc.shared.error.PlatformException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Localized texts of the counter pages for the platform's errors: a field's rule ({@code counter.rule.<field>.<rule>},
 * then the resident pages' {@code h5.rule.…}, which speak of the same registration rules), else the field's general
 * message; a problem's code ({@code counter.code.<code>}), else the problem's own message (which never carries
 * personal data). Rejected values are never shown back.
 */
@Component
class CounterTexts {
    private final MessageSource messages;

    CounterTexts(MessageSource messages) {
        this.messages = messages;
    }

    Map<String, String> fields(List<InvalidInput> problems) {
        Map<String, String> out = new LinkedHashMap<>();
        for (InvalidInput p : problems) out.putIfAbsent(p.field(), field(p));
        return out;
    }

    String field(InvalidInput p) {
        String message = p.getMessage() == null ? "" : p.getMessage();
        String slug = message.substring(message.indexOf(':') + 1)
                .strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        for (String prefix : new String[] {"counter.rule.", "h5.rule."}) {
            String specific = text(prefix + p.field() + "." + slug);
            if (specific != null) return specific;
        }
        if (p.code().equals(ErrorCodes.EMPTY_PARAMETER)) return text("counter.missing", "counter.missing");
        String own = text("counter.invalid." + p.field());
        if (own != null) return own;
        return text("h5.invalid." + p.field(), text("counter.invalid", "counter.invalid"));
    }

    /** The problem's localized text, else its own message. */
    String problem(PlatformException e) {
        return text("counter.code." + e.code(), e.getMessage() == null ? e.code() : e.getMessage());
    }

    String text(String key, String fallback) {
        String t = text(key);
        return t == null ? fallback : t;
    }

    String text(String key, Object... args) {
        String t = messages.getMessage(key, args, null, LocaleContextHolder.getLocale());
        return t == null ? key : t;
    }

    @Nullable
    String text(String key) {
        return messages.getMessage(key, null, null, LocaleContextHolder.getLocale());
    }
}
