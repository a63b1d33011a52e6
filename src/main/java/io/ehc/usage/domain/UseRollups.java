package io.ehc.usage.domain;

import io.ehc.shared.rollup.RollupQuery;
import io.ehc.usage.CardUseStatistics;
import java.util.List;

/** Reads of the card-use rollups; see {@link CardUseStatistics} for what they mean. */
public interface UseRollups {
    List<CardUseStatistics.Count> byDimension(String dim, RollupQuery query);

    List<CardUseStatistics.Count> byRegionOfUse(int digits, RollupQuery query);

    List<CardUseStatistics.Count> byCrossRegion(RollupQuery query);

    List<CardUseStatistics.InstitutionUses> institutions(RollupQuery query);

    List<CardUseStatistics.Activity> activities(RollupQuery query);

    void rebuild();

    /** Deletes hourly buckets older than the hourly tier keeps; returns how many. */
    int pruneHours();
}
