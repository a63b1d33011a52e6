package io.ehc.statistics.application;

import io.ehc.institution.InstitutionLookup;
import io.ehc.institution.InstitutionView;
import io.ehc.shared.error.InvalidInput;
import io.ehc.shared.region.Regions;
import io.ehc.shared.rollup.Granularity;
import io.ehc.shared.rollup.RollupQuery;
import io.ehc.statistics.domain.Filters;
import io.ehc.statistics.domain.ServiceAdoption;
import io.ehc.statistics.domain.ServiceCatalogue;
import io.ehc.statistics.domain.ServiceRule;
import io.ehc.statistics.domain.Table;
import io.ehc.usage.CardUseStatistics;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * 应用覆盖: institution adoption, the share of the institutions of each grade in the region that recorded at least
 * one card use in the period; service adoption, the share of the region's prefecture cities in which each service
 * is in use, from the scenes, care steps and channels recorded and the mapping in {@link ServiceCatalogue}.
 */
@Service
public class MeasureAdoption {
    private static final int[] GRADES = {3, 2, 1, 0};

    private final CardUseStatistics uses;
    private final InstitutionLookup institutions;
    private final ServiceCatalogue catalogue;
    private final Regions regions;
    private final Names names;

    MeasureAdoption(
            CardUseStatistics uses,
            InstitutionLookup institutions,
            ServiceCatalogue catalogue,
            Regions regions,
            Names names) {
        this.uses = uses;
        this.institutions = institutions;
        this.catalogue = catalogue;
        this.regions = regions;
        this.names = names;
    }

    /** Institutions registered in the region (now) per grade, and those with at least one use in the period. */
    public Table institutions(Filters f) {
        RollupQuery q = total(f);
        Set<String> adopting = uses.institutions(q).stream()
                .filter(u -> u.uses() > 0)
                .map(CardUseStatistics.InstitutionUses::institutionCode)
                .collect(Collectors.toCollection(HashSet::new));
        List<InstitutionView> all = institutions.within(f.region().prefix());
        Table.Builder t = Figures.table("institutionAdoption", f, "grade", "name", "institutions", "adopting", "share");
        for (int grade : GRADES) {
            if (f.grade() != null && f.grade() != grade) continue;
            long n = all.stream().filter(i -> i.grade() == grade).count();
            long a = all.stream()
                    .filter(i -> i.grade() == grade && adopting.contains(i.code()))
                    .count();
            t.row(grade, Names.GRADES.get(grade), n, a, Table.share(a, n));
        }
        return t.build();
    }

    public Table services(Filters f) {
        f.withoutGrade("service adoption");
        if (f.region().level() == 3)
            throw new InvalidInput(
                    "region", "service adoption is measured per prefecture city: give a province or a city");
        List<String> cities = f.region().level() == 2
                ? List.of(f.region().code())
                : regions.within(f.region().prefix(), 2).stream()
                        .map(Regions.Region::code)
                        .toList();
        List<ServiceAdoption.Activity> activities = uses.activities(total(f)).stream()
                .filter(a -> a.uses() > 0)
                .map(a -> new ServiceAdoption.Activity(a.city(), a.careStep(), a.scene(), a.channel()))
                .toList();
        List<ServiceRule> rules = catalogue.rules();
        Table.Builder t = Figures.table(
                "serviceAdoption",
                f,
                "service",
                "name",
                "nameEn",
                "cities",
                "citiesInUse",
                "share",
                "inUse",
                "inUseNames");
        for (ServiceAdoption.Adoption a : ServiceAdoption.measure(catalogue.services(), rules, cities, activities)) {
            t.row(
                    a.service().code(),
                    a.service().nameZh(),
                    a.service().nameEn(),
                    a.cities(),
                    a.citiesInUse().size(),
                    a.share(),
                    String.join(";", a.citiesInUse()),
                    a.citiesInUse().stream().map(names::region).collect(Collectors.joining(";")));
        }
        return t.build();
    }

    /** The services and the rules that map recorded uses to them. */
    public Table catalogue() {
        Table.Builder t =
                new Table.Builder("services", "service", "name", "nameEn", "careStep", "scene", "channels", "basis");
        var services = catalogue.services();
        for (ServiceRule r : catalogue.rules()) {
            var s = services.stream().filter(x -> x.code().equals(r.service())).findFirst();
            t.row(
                    r.service(),
                    s.map(x -> x.nameZh()).orElse(r.service()),
                    s.map(x -> x.nameEn()).orElse(""),
                    r.careStep(),
                    r.scene(),
                    String.join(",", new java.util.TreeSet<>(r.channels())),
                    r.basis());
        }
        return t.build();
    }

    private static RollupQuery total(Filters f) {
        return new RollupQuery(f.span(), Granularity.TOTAL, f.region().prefix(), f.grade());
    }
}
