package io.ehc.healthcode.application;

import io.ehc.healthcode.CodeDisplayStatistics;
import io.ehc.healthcode.domain.CodeDisplays;
import io.ehc.shared.rollup.RollupQuery;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Code-display figures for the statistics module; prunes the hourly tier once a day. */
@Service
public class CodeDisplayFigures implements CodeDisplayStatistics {
    private static final Logger log = LoggerFactory.getLogger(CodeDisplayFigures.class);
    private final CodeDisplays displays;

    CodeDisplayFigures(CodeDisplays displays) {
        this.displays = displays;
    }

    @Override
    public List<Count> count(Dimension dimension, RollupQuery query) {
        String key = switch (dimension) {
            case ALL -> "all";
            case CODE_TYPE -> "type";
            case HOME_CITY -> "city";
            case HOME_COUNTY -> "county";
        };
        return displays.count(key, query);
    }

    @Override
    @Transactional
    public void load(List<Displays> counted) {
        displays.load(counted);
    }

    @Scheduled(cron = "0 43 3 * * *")
    void pruneHours() {
        log.info("pruned {} hourly code-display buckets older than the hourly tier keeps", displays.pruneHours());
    }
}
