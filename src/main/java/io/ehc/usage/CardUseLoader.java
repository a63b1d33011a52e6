package io.ehc.usage;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Bulk loading of use records (synthetic regions for demonstrations and benchmarks, migrations from another
 * platform): records go in with COPY and are counted in the rollups in the same transaction, by the same code as
 * live uses. Codes are validated as for a terminal's report.
 */
public interface CardUseLoader {
    /** One use as a terminal would have recorded it by scanning a code. */
    record Use(
            Instant usedAt,
            String ehcId,
            String institutionCode,
            int institutionGrade,
            String departmentCode,
            String useRegion,
            String homeRegion,
            String channel,
            String careStep,
            @Nullable String scene,
            String codeType) {}

    /** Appends the uses in one transaction; returns how many. */
    int load(List<Use> uses);

    /** Makes sure the monthly partitions of the period exist. */
    void preparePeriod(Instant from, Instant to);
}
