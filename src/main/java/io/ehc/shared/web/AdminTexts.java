package io.ehc.shared.web;

import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.InvalidInput;
import io.ehc.shared.error.PlatformException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Localized texts of the administration pages for the platform's errors ({@code i18n/admin*.properties}): a field's
 * rule ({@code admin.rule.<field>.<rule>}), else the error's code ({@code admin.code.<code>}), else the field's general
 * message ({@code admin.invalid.<field>}). Rejected values are never shown back.
 */
@Component
public class AdminTexts {
    private final MessageSource messages;

    AdminTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The message shown next to the field an {@link InvalidInput} names. */
    public String field(InvalidInput p) {
        String message = p.getMessage() == null ? "" : p.getMessage();
        String rule = message.substring(message.indexOf(':') + 1);
        String slug = rule.strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        String specific = find("admin.rule." + p.field() + "." + slug);
        if (specific != null) return specific;
        if (!p.code().equals(ErrorCodes.INVALID_PARAMETER)) {
            String byCode = find("admin.code." + p.code());
            if (byCode != null) return byCode;
        }
        return text("admin.invalid." + p.field(), text("admin.invalid", "admin.invalid"));
    }

    /** The message of an error that belongs to no field (a conflict, a missing record). */
    public String problem(PlatformException e) {
        return text("admin.code." + e.code(), text("admin.error", "admin.error"));
    }

    public String text(String key, String fallback) {
        String t = find(key);
        return t == null ? fallback : t;
    }

    /** The text of a key with its arguments, or the key itself when the bundle lacks it. */
    public String format(String key, Object... args) {
        String t = messages.getMessage(key, args, null, LocaleContextHolder.getLocale());
        return t == null ? key : t;
    }

    private @org.jspecify.annotations.Nullable String find(String key) {
        return messages.getMessage(key, null, null, LocaleContextHolder.getLocale());
    }
}
