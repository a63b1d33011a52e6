package io.ehc.usage.application;

import io.ehc.card.CardLookup;
import io.ehc.card.CardView;
import io.ehc.card.EhcId;
import io.ehc.shared.Node;
import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.InvalidInput;
import io.ehc.shared.error.NotFound;
import io.ehc.usage.domain.CardUse;
import io.ehc.usage.domain.CardUses;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/** Reads of card uses: a resident's history (including merged temporary cards) and counts by dimension and period. */
@Service
public class UsageQueries implements io.ehc.usage.CardUseHistory {
    public static final Set<String> DIMENSIONS =
            Set.of("institution", "city", "careStep", "channel", "scene", "crossRegion", "all");
    public static final Set<String> PERIODS = Set.of("none", "hour", "day", "month");

    private final CardUses uses;
    private final CardLookup cards;
    private final Node node;

    UsageQueries(CardUses uses, CardLookup cards, Node node) {
        this.uses = uses;
        this.cards = cards;
        this.node = node;
    }

    public List<CardUse> historyOfResident(String masterIndex, Instant from, Instant to, int limit) {
        CardView card = cards.findByMasterIndex(masterIndex)
                .orElseThrow(() -> new NotFound(ErrorCodes.NOT_REGISTERED, "the resident holds no card"));
        List<String> ids = new ArrayList<>();
        ids.add(card.ehcId().value());
        for (EhcId merged : cards.mergedFrom(card.ehcId())) ids.add(merged.value());
        return uses.historyOf(ids, from, to, Math.max(1, Math.min(limit, 500)));
    }

    @Override
    public List<UseOfCard> ofResident(String masterIndex, int limit) {
        if (cards.findByMasterIndex(masterIndex).isEmpty()) return List.of();
        Instant now = Instant.now();
        return historyOfResident(masterIndex, now.minus(Duration.ofDays(3660)), now.plus(Duration.ofDays(1)), limit)
                .stream()
                .map(u -> new UseOfCard(
                        u.usedAt(),
                        u.institutionCode(),
                        u.terminalId(),
                        u.useCity(),
                        u.channel(),
                        u.careStep().code(),
                        u.scene() == null ? null : u.scene().code(),
                        u.crossRegion()))
                .toList();
    }

    public List<CardUses.Count> count(String dimension, String period, Instant from, Instant to) {
        if (!DIMENSIONS.contains(dimension)) throw new InvalidInput("groupBy", "must be one of " + DIMENSIONS);
        if (!PERIODS.contains(period)) throw new InvalidInput("period", "must be one of " + PERIODS);
        if (!from.isBefore(to)) throw new InvalidInput("from", "must be before to");
        if (Duration.between(from, to).toDays() > 3660)
            throw new InvalidInput("to", "the range is limited to ten years");
        return uses.count(dimension, period, from, to, node.zone().getId());
    }

    /** Keeps monthly partitions ready a year ahead. */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "0 17 3 * * *")
    void preparePartitions() {
        uses.ensurePartitions(Instant.now().minus(Duration.ofDays(31)), 14);
    }
}
