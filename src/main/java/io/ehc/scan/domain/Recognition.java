package io.ehc.scan.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the registry made of a scanned text: the kind chosen, a finer variant where the kind has one (the health code's
 * {@code static}, {@code dynamic} or {@code temporary}), and the other kinds that matched too, if the text was
 * ambiguous.
 */
public record Recognition(CodeKind kind, @Nullable String variant, List<CodeKind> alsoMatched) {
    public Recognition {
        alsoMatched = List.copyOf(alsoMatched);
    }

    public static Recognition unknown() {
        return new Recognition(CodeKind.UNKNOWN, null, List.of());
    }
}
