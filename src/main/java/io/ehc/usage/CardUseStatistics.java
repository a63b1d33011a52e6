package io.ehc.usage;

import io.ehc.shared.rollup.RollupQuery;
import java.util.List;
import java.util.Map;

/**
 * Card uses counted from the rollups, which are exact at all times (kept in the transaction of the use records):
 * per period label (empty for a total) and key, within a region (prefix of the region of use) and, optionally, an
 * institution grade. Late records count in the period of their time of use. Hourly figures are kept by care step,
 * scene and channel only (and by region of use through them).
 */
public interface CardUseStatistics {
    /** What a use is broken down by. */
    enum Dimension {
        CARE_STEP,
        /** Scene code, the empty key for uses recorded without a scene. */
        SCENE,
        CHANNEL,
        INSTITUTION,
        /** The card's home city (GB/T 2260, prefecture level). */
        HOME_CITY
    }

    /** Uses in one period for one key. */
    record Count(String period, String key, long uses) {}

    /** Uses of one institution (with its grade) in the whole period. */
    record InstitutionUses(String institutionCode, int grade, long uses) {}

    /** Uses in a city with one care step, scene (empty when none) and channel in the whole period. */
    record Activity(String city, String careStep, String scene, String channel, long uses) {}

    List<Count> byDimension(Dimension dimension, RollupQuery query);

    /** Keyed by the region of use cut to {@code digits} (2 province, 4 city, 6 county), padded with zeros. */
    List<Count> byRegionOfUse(int digits, RollupQuery query);

    /** Keyed {@code cross} (city of use other than the card's home city) or {@code local}. */
    List<Count> byCrossRegion(RollupQuery query);

    List<InstitutionUses> institutions(RollupQuery query);

    /** Per city; the query's region must be a province or a city, its grade is not applied. */
    List<Activity> activities(RollupQuery query);

    /** Names of the codes of a dimension where the platform knows them (care steps and scenes, DOMAIN.md §5). */
    Map<String, String> names(Dimension dimension);

    /** The rollups counted again from the use records; for a change of the node's time zone. */
    void rebuild();
}
