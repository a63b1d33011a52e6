package io.ehc.usage.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** The append-only store of card uses; every append also counts the use in the statistics rollups. */
public interface CardUses {
    /** Queues the record for group commit; the future completes when it is durable. */
    CompletableFuture<Void> append(CardUse use);

    /** Appends many records (a bulk load) in the caller's transaction, rollups included. */
    void appendAll(List<CardUse> uses);

    /** A reported use, once per institution and client record ID; empty when the ID was already used. */
    Optional<UUID> appendReported(CardUse use, byte[] payloadDigest);

    /** The earlier record for a client record ID: its use ID and payload digest. */
    Optional<ReportedUse> findReported(String institutionCode, String clientRecordId);

    List<CardUse> historyOf(List<String> ehcIds, Instant from, Instant to, int limit);

    List<Count> count(String dimension, String period, Instant from, Instant to, String zone);

    void ensurePartitions(Instant from, int months);

    record ReportedUse(UUID useId, Instant usedAt, byte[] payloadDigest) {}

    /** A count of uses for one value of the dimension in one period (period null when not grouped by time). */
    record Count(String key, String period, long uses) {}
}
