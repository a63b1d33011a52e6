package io.ehc.usage.application;

import io.ehc.shared.rollup.RollupQuery;
import io.ehc.usage.CardUseStatistics;
import io.ehc.usage.domain.CareStep;
import io.ehc.usage.domain.Scene;
import io.ehc.usage.domain.UseRollups;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Card-use figures for the statistics module, read from the rollups; prunes the hourly tier once a day. */
@Service
public class UsageStatistics implements CardUseStatistics {
    private static final Logger log = LoggerFactory.getLogger(UsageStatistics.class);
    private final UseRollups rollups;

    UsageStatistics(UseRollups rollups) {
        this.rollups = rollups;
    }

    @Override
    public List<Count> byDimension(Dimension dimension, RollupQuery query) {
        return rollups.byDimension(dim(dimension), query);
    }

    @Override
    public List<Count> byRegionOfUse(int digits, RollupQuery query) {
        return rollups.byRegionOfUse(digits, query);
    }

    @Override
    public List<Count> byCrossRegion(RollupQuery query) {
        return rollups.byCrossRegion(query);
    }

    @Override
    public List<InstitutionUses> institutions(RollupQuery query) {
        return rollups.institutions(query);
    }

    @Override
    public List<Activity> activities(RollupQuery query) {
        if (query.regionPrefix().length() > 4)
            throw new io.ehc.shared.error.InvalidInput(
                    "region", "activities are kept per city: give a province or a city");
        return rollups.activities(query);
    }

    @Override
    public Map<String, String> names(Dimension dimension) {
        return switch (dimension) {
            case CARE_STEP -> CareStep.NAMES;
            case SCENE -> Scene.NAMES;
            default -> Map.of();
        };
    }

    @Override
    @Transactional
    public void rebuild() {
        rollups.rebuild();
    }

    @Scheduled(cron = "0 41 3 * * *")
    void pruneHours() {
        int n = rollups.pruneHours();
        log.info("pruned {} hourly card-use buckets older than the hourly tier keeps", n);
    }

    static String dim(Dimension d) {
        return switch (d) {
            case CARE_STEP -> "step";
            case SCENE -> "scene"; // read from the step rows, whose value is care step:scene
            case CHANNEL -> "channel";
            case INSTITUTION -> "institution";
            case HOME_CITY -> "home";
        };
    }
}
