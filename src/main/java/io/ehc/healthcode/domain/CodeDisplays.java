package io.ehc.healthcode.domain;

import io.ehc.healthcode.CodeDisplayStatistics;
import io.ehc.shared.rollup.RollupQuery;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The count of code displays: one increment per display, summed by group commit. */
public interface CodeDisplays {
    /** Counts one display; the future completes when the count is durable. */
    CompletableFuture<Void> record(String codeType, String homeRegion, Instant at);

    void load(List<CodeDisplayStatistics.Displays> displays);

    /** {@code key} is one of {@code all}, {@code type}, {@code city}, {@code county}. */
    List<CodeDisplayStatistics.Count> count(String key, RollupQuery query);

    int pruneHours();
}
