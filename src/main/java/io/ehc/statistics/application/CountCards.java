package io.ehc.statistics.application;

import io.ehc.card.CardStatistics;
import io.ehc.card.CardStatistics.Dimension;
import io.ehc.card.CardStatistics.Figure;
import io.ehc.institution.InstitutionLookup;
import io.ehc.institution.InstitutionView;
import io.ehc.shared.error.InvalidInput;
import io.ehc.statistics.domain.Filters;
import io.ehc.statistics.domain.Table;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * 发卡量: cards issued in each period and active at its end, by the card's home city or county, issuing channel or
 * issuing institution. With a grade, only cards issued by institutions of that grade count (cards issued online
 * have no institution).
 */
@Service
public class CountCards {
    public static final List<String> GROUPS = List.of("total", "city", "county", "channel", "institution");

    private final CardStatistics cards;
    private final InstitutionLookup institutions;
    private final Names names;

    CountCards(CardStatistics cards, InstitutionLookup institutions, Names names) {
        this.cards = cards;
        this.institutions = institutions;
        this.names = names;
    }

    public Table count(Filters f, String groupBy) {
        Dimension d;
        Function<String, String> name;
        switch (groupBy) {
            case "total" -> {
                d = Dimension.ALL;
                name = k -> "合计";
            }
            case "city" -> {
                d = Dimension.HOME_CITY;
                name = names::region;
            }
            case "county" -> {
                d = Dimension.HOME_COUNTY;
                name = names::region;
            }
            case "channel" -> {
                d = Dimension.CHANNEL;
                name = names::channel;
            }
            case "institution" -> {
                d = Dimension.INSTITUTION;
                Map<String, String> inst = names.institutions("");
                name = k -> k.isEmpty() ? "线上申领" : inst.getOrDefault(k, k);
            }
            default -> throw new InvalidInput("groupBy", "must be one of " + String.join(", ", GROUPS));
        }
        List<String> issuers = f.grade() == null
                ? null
                : institutions.within("").stream()
                        .filter(i -> i.grade() == f.grade())
                        .map(InstitutionView::code)
                        .toList();
        Table.Builder t = Figures.table("cards", f, "period", "key", "name", "issued", "active")
                .query("groupBy", groupBy);
        long issued = 0;
        for (Figure x : cards.figures(d, f.rollup(), issuers)) {
            t.row(x.period(), x.key(), name.apply(x.key()), x.issued(), x.active());
            issued += x.issued();
        }
        return t.query("totalIssued", issued).build();
    }
}
