package io.ehc.usage.web;

import io.ehc.identity.MasterIndex;
import io.ehc.usage.application.UsageQueries;
import io.ehc.usage.domain.CardUse;
import io.ehc.usage.domain.CardUses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Card use", description = "用卡记录与统计 / use history and counts")
class UsageController {
    public record UseView(
            UUID useId,
            Instant usedAt,
            String ehcId,
            String terminalId,
            String institutionCode,
            String useCity,
            String channel,
            String careStep,
            @Nullable String scene,
            boolean crossRegion,
            String source) {
        static UseView of(CardUse u) {
            return new UseView(
                    u.useId(),
                    u.usedAt(),
                    u.ehcId(),
                    u.terminalId(),
                    u.institutionCode(),
                    u.useCity(),
                    u.channel(),
                    u.careStep().code(),
                    u.scene() == null ? null : u.scene().code(),
                    u.crossRegion(),
                    u.source());
        }
    }

    record CountsView(
            String groupBy, String period, Instant from, Instant to, long total, List<CardUses.Count> counts) {}

    private final UsageQueries queries;

    UsageController(UsageQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/residents/{masterIndex}/card-uses")
    @Operation(summary = "A resident's card uses, newest first, including merged temporary cards")
    List<UseView> history(
            @PathVariable String masterIndex,
            @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(required = false) @Nullable Instant to,
            @RequestParam(defaultValue = "100") int limit) {
        Instant end = to == null ? Instant.now().plus(1, ChronoUnit.DAYS) : to;
        Instant start = from == null ? end.minus(3660, ChronoUnit.DAYS) : from;
        return queries.historyOfResident(new MasterIndex(masterIndex).value(), start, end, limit).stream()
                .map(UseView::of)
                .toList();
    }

    @GetMapping("/usage/counts")
    @Operation(
            summary =
                    "Card uses counted by institution, city, careStep, channel, scene or crossRegion, per hour/day/month or in total")
    CountsView counts(
            @RequestParam(defaultValue = "all") String groupBy,
            @RequestParam(defaultValue = "none") String period,
            @RequestParam Instant from,
            @RequestParam Instant to) {
        List<CardUses.Count> counts = queries.count(groupBy, period, from, to);
        return new CountsView(
                groupBy,
                period,
                from,
                to,
                counts.stream().mapToLong(CardUses.Count::uses).sum(),
                counts);
    }
}
