package io.ehc.usage.domain;

import io.ehc.shared.error.InvalidInput;
import java.util.Map;

/**
 * 用卡场景, a finer care step (DOMAIN.md §5): seven digits whose first six are the care step, e.g. 0101011 预约挂号
 * under 010101 挂号.
 */
public record Scene(String code) {
    public static final Map<String, String> NAMES = Map.of(
            "0101011",
            "预约挂号",
            "0101012",
            "当日挂号",
            "0101013",
            "挂号记录查询",
            "0101014",
            "预约导诊",
            "0101051",
            "门诊缴费(待缴费)",
            "0101052",
            "门诊缴费(已缴费)",
            "0101053",
            "住院缴费",
            "0101081",
            "查检验报告",
            "0101082",
            "查检查报告");

    public Scene {
        if (!NAMES.containsKey(code)) throw new InvalidInput("scene", "must be a scene code of DOMAIN.md §5");
    }

    /** Whether this scene refines the given care step; report inquiry (010108x) stands under any step. */
    public boolean refines(CareStep step) {
        return code.startsWith("010108") || code.startsWith(step.code());
    }
}
