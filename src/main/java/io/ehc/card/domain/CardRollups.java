package io.ehc.card.domain;

import io.ehc.shared.rollup.Granularity;
import io.ehc.shared.rollup.Span;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads of the card rollup: sums of issuances and net changes of the active state. */
public interface CardRollups {
    /** Issued and net change of active cards per period label and key within the span. */
    record Change(String period, String key, long issued, long activeNet) {}

    /**
     * Issuances and net changes within the span, per period and key; {@code key} is one of {@code all},
     * {@code province}, {@code city}, {@code county}, {@code channel}, {@code institution}.
     */
    List<Change> changes(
            String key, Span span, Granularity granularity, String regionPrefix, @Nullable List<String> institutions);

    /** Cards issued so far and active now, per key (the all-time bucket); period empty. */
    List<Change> current(String key, String regionPrefix, @Nullable List<String> institutions);

    void rebuild();
}
