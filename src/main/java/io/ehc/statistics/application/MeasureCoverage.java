package io.ehc.statistics.application;

import io.ehc.card.CardStatistics;
import io.ehc.statistics.domain.Filters;
import io.ehc.statistics.domain.Population;
import io.ehc.statistics.domain.Populations;
import io.ehc.statistics.domain.RegionScope;
import io.ehc.statistics.domain.Table;
import org.springframework.stereotype.Service;

/**
 * 覆盖率: for every region of the scope with a population figure, cards issued up to the end of the period, cards
 * active at its end, and coverage = active cards ÷ resident population (cards counted by their home region).
 */
@Service
public class MeasureCoverage {
    private final Populations populations;
    private final CardStatistics cards;
    private final Names names;

    MeasureCoverage(Populations populations, CardStatistics cards, Names names) {
        this.populations = populations;
        this.cards = cards;
        this.names = names;
    }

    public Table measure(Filters f) {
        f.withoutGrade("coverage");
        Table.Builder t = Figures.table(
                "coverage",
                f,
                "region",
                "name",
                "population",
                "populationYear",
                "cardsIssued",
                "activeCards",
                "coverage",
                "populationSource");
        for (Population p : populations.within(f.region().prefix())) {
            RegionScope r = new RegionScope(p.region(), names.region(p.region()));
            long issued = 0;
            long active = 0;
            for (CardStatistics.Figure x :
                    cards.totals(CardStatistics.Dimension.ALL, f.span().to(), r.prefix())) {
                issued += x.issued();
                active += x.active();
            }
            t.row(
                    p.region(),
                    r.name(),
                    p.population(),
                    p.year(),
                    issued,
                    active,
                    Table.share(active, p.population()),
                    p.source());
        }
        return t.build();
    }
}
