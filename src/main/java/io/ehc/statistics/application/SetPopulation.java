package io.ehc.statistics.application;

import io.ehc.shared.error.InvalidInput;
import io.ehc.shared.region.Regions;
import io.ehc.statistics.domain.Population;
import io.ehc.statistics.domain.Populations;
import java.time.Clock;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets the resident population of a GB/T 2260 region (常住人口), the denominator of coverage: a positive count, the
 * year it describes and where it comes from (a census, a statistics bureau's yearbook). Replaces the region's figure.
 */
@Service
public class SetPopulation {
    private static final Logger log = LoggerFactory.getLogger(SetPopulation.class);
    private static final long MAX = 2_000_000_000L;

    private final Populations populations;
    private final Regions regions;
    private final Clock clock;

    SetPopulation(Populations populations, Regions regions, Clock clock) {
        this.populations = populations;
        this.regions = regions;
        this.clock = clock;
    }

    @Transactional
    public Population set(String region, long population, int year, String source, String actor) {
        if (!regions.exists(region)) throw new InvalidInput("region", "is not a region of GB/T 2260");
        if (population < 1 || population > MAX)
            throw new InvalidInput("population", "must be a whole number from 1 to 2000000000");
        int thisYear = clock.instant().atZone(ZoneOffset.UTC).getYear();
        if (year < 1949 || year > thisYear) throw new InvalidInput("year", "must be a year from 1949 to this year");
        String s = source.strip();
        if (s.isEmpty() || s.length() > 200) throw new InvalidInput("source", "must be 1-200 characters");
        Population p = new Population(region, population, year, s);
        populations.save(p);
        log.info("population figure of region {} set by {}", region, actor);
        return p;
    }
}
