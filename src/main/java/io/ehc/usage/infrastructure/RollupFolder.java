package io.ehc.usage.infrastructure;

import io.ehc.shared.Node;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Folds the increments that group commits append to {@code card_use_rollup_delta} into the rollups: every
 * {@code ehc.statistics.fold-interval} (1 s) and before every read of the rollups, so that a figure includes every use
 * answered before it was asked for. One fold is one transaction of {@code fold_card_use_rollup_deltas} (V19), which
 * deletes the deltas it folds: two folds at a time, or a fold on another node, never count a delta twice.
 */
@Component
class RollupFolder {
    private static final Logger log = LoggerFactory.getLogger(RollupFolder.class);

    private final JdbcTemplate jdbc;
    private final String zone;
    private final Counter folded;

    RollupFolder(JdbcTemplate jdbc, Node node, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.zone = node.zone().getId();
        this.folded = Counter.builder("ehc.usage.rollup.folded")
                .description("card uses folded from the rollup deltas into the statistics rollups")
                .register(meters);
    }

    /** Folds what is there now; returns the number of uses folded. */
    long fold() {
        Long n = jdbc.queryForObject("select fold_card_use_rollup_deltas(?)", Long.class, zone);
        long uses = n == null ? 0 : n;
        folded.increment(uses);
        return uses;
    }

    @Scheduled(
            fixedDelayString = "${ehc.statistics.fold-interval:1s}",
            initialDelayString = "${ehc.statistics.fold-interval:1s}")
    void foldRegularly() {
        try {
            fold();
        } catch (DataAccessException e) {
            // the deltas stay and are folded next time (or before the next read)
            log.warn("folding the rollup deltas failed: {}", e.getClass().getSimpleName());
        }
    }
}
