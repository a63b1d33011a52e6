package io.ehc.statistics.application;

import io.ehc.card.CardStatistics;
import io.ehc.healthcode.CodeDisplayStatistics;
import io.ehc.institution.InstitutionLookup;
import io.ehc.institution.InstitutionView;
import io.ehc.shared.rollup.Granularity;
import io.ehc.shared.rollup.RollupQuery;
import io.ehc.statistics.domain.Filters;
import io.ehc.statistics.domain.Population;
import io.ehc.statistics.domain.Populations;
import io.ehc.statistics.domain.Table;
import io.ehc.usage.CardUseStatistics;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The headline figures of a region and period in one row, as a commission's report opens: cards issued to date,
 * active cards, population and coverage, cards issued, card uses, cross-region uses and code displays in the
 * period, and the adoption by tertiary (grade 3) hospitals.
 */
@Service
public class SummarizeRegion {
    private final CardStatistics cards;
    private final CardUseStatistics uses;
    private final CodeDisplayStatistics displays;
    private final InstitutionLookup institutions;
    private final Populations populations;

    SummarizeRegion(
            CardStatistics cards,
            CardUseStatistics uses,
            CodeDisplayStatistics displays,
            InstitutionLookup institutions,
            Populations populations) {
        this.cards = cards;
        this.uses = uses;
        this.displays = displays;
        this.institutions = institutions;
        this.populations = populations;
    }

    public Table summarize(Filters f) {
        f.withoutGrade("the summary");
        String prefix = f.region().prefix();
        RollupQuery q = new RollupQuery(f.span(), Granularity.TOTAL, prefix, null);
        long issuedToDate = 0;
        long active = 0;
        for (CardStatistics.Figure x :
                cards.totals(CardStatistics.Dimension.ALL, f.span().to(), prefix)) {
            issuedToDate += x.issued();
            active += x.active();
        }
        long issued = cards.figures(CardStatistics.Dimension.ALL, q, null).stream()
                .mapToLong(CardStatistics.Figure::issued)
                .sum();
        long used = uses.byDimension(CardUseStatistics.Dimension.CHANNEL, q).stream()
                .mapToLong(CardUseStatistics.Count::uses)
                .sum();
        long cross = uses.byCrossRegion(q).stream()
                .filter(c -> "cross".equals(c.key()))
                .mapToLong(CardUseStatistics.Count::uses)
                .sum();
        long shown = displays.count(CodeDisplayStatistics.Dimension.ALL, q).stream()
                .mapToLong(CodeDisplayStatistics.Count::displays)
                .sum();
        Long population = populations.within(prefix).stream()
                .filter(p -> p.region().equals(f.region().code()))
                .map(Population::population)
                .findFirst()
                .orElse(null);
        List<InstitutionView> tertiary =
                institutions.within(prefix).stream().filter(i -> i.grade() == 3).toList();
        Set<String> adopting = uses.institutions(new RollupQuery(f.span(), Granularity.TOTAL, prefix, 3)).stream()
                .filter(u -> u.uses() > 0)
                .map(CardUseStatistics.InstitutionUses::institutionCode)
                .collect(Collectors.toSet());
        long tertiaryAdopting =
                tertiary.stream().filter(i -> adopting.contains(i.code())).count();
        return Figures.table(
                        "summary",
                        f,
                        "cardsIssuedToDate",
                        "activeCards",
                        "population",
                        "coverage",
                        "cardsIssued",
                        "uses",
                        "crossRegionUses",
                        "codeDisplays",
                        "tertiaryHospitals",
                        "tertiaryAdopting",
                        "tertiaryAdoption")
                .row(
                        issuedToDate,
                        active,
                        population,
                        population == null ? null : Table.share(active, population),
                        issued,
                        used,
                        cross,
                        shown,
                        (long) tertiary.size(),
                        tertiaryAdopting,
                        Table.share(tertiaryAdopting, tertiary.size()))
                .build();
    }
}
