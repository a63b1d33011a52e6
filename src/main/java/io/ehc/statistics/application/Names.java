package io.ehc.statistics.application;

import io.ehc.institution.InstitutionLookup;
import io.ehc.institution.InstitutionView;
import io.ehc.shared.Channel;
import io.ehc.shared.region.Regions;
import io.ehc.usage.CardUseStatistics;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Names of the keys of figures: regions (GB/T 2260), institutions, channels, care steps, scenes, grades. */
@Component
class Names {
    static final Map<Integer, String> GRADES = Map.of(3, "三级", 2, "二级", 1, "一级", 0, "未定级");

    private final Regions regions;
    private final InstitutionLookup institutions;
    private final CardUseStatistics uses;

    Names(Regions regions, InstitutionLookup institutions, CardUseStatistics uses) {
        this.regions = regions;
        this.institutions = institutions;
        this.uses = uses;
    }

    String region(String code) {
        return regions.nameOf(code);
    }

    String channel(String code) {
        for (Channel c : Channel.values()) if (c.code().equals(code)) return c.nameZh();
        return code;
    }

    String careStep(String code) {
        return uses.names(CardUseStatistics.Dimension.CARE_STEP).getOrDefault(code, code);
    }

    String scene(String code) {
        if (code.isEmpty()) return "未细分场景";
        return uses.names(CardUseStatistics.Dimension.SCENE).getOrDefault(code, code);
    }

    /** Names of the institutions within a region prefix, by code. */
    Map<String, String> institutions(String prefix) {
        Map<String, String> names = new HashMap<>();
        for (InstitutionView i : institutions.within(prefix)) names.put(i.code(), i.name());
        return names;
    }
}
