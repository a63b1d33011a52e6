package io.ehc.counter.web;

import io.ehc.shared.Node;
import io.ehc.shared.region.Regions;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The options of the counter forms' select boxes: code tables of DOMAIN.md §2 and the counties of this node's region. */
@Component
class CounterChoices {
    /** One option: its code and its label. */
    record Option(String code, String label) {}

    static final List<String> SEXES = List.of("1", "2", "9", "0");
    static final List<String> DOCUMENT_TYPES = List.of("01", "02", "03", "04", "05", "06", "07", "08", "99");
    static final List<String> PURPOSES =
            List.of("identify", "register", "consult", "exam", "pick_up_medicine", "admit");

    private final List<Option> counties = new ArrayList<>();
    private final List<String> nationalities = new ArrayList<>();

    CounterChoices(Regions regions, Node node) {
        String province = node.region().substring(0, 2);
        for (Regions.Region city : regions.within(province, 2))
            for (Regions.Region county : regions.within(city.code().substring(0, 4), 3))
                counties.add(new Option(county.code(), city.name() + " " + county.name()));
        for (int i = 1; i <= 56; i++) nationalities.add(String.format("%02d", i));
        nationalities.addAll(List.of("97", "98", "99"));
    }

    List<Option> counties() {
        return counties;
    }

    List<String> nationalities() {
        return nationalities;
    }
}
