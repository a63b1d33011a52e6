package io.ehc.identity;

import io.ehc.shared.Node;
import io.ehc.shared.region.Regions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The choices a registration form offers, for every page that registers residents (the resident's sign-up, the
 * counter): the code tables of DOMAIN.md §2 and the counties of this node's province.
 */
@Component
public class RegistrationChoices {
    /** One option: its code and its label (a region's name as is). */
    public record Option(String code, String label) {}

    /** GB/T 2261.1 sex codes, in the order a form lists them. */
    public static final List<String> SEXES = List.of("1", "2", "9", "0");

    /** CV02_01_101 document types. */
    public static final List<String> DOCUMENT_TYPES = List.of("01", "02", "03", "04", "05", "06", "07", "08", "99");

    private final List<Option> counties = new ArrayList<>();
    private final List<String> nationalities = new ArrayList<>();

    RegistrationChoices(Regions regions, Node node) {
        String province = node.region().substring(0, 2);
        for (Regions.Region city : regions.within(province, 2))
            for (Regions.Region county : regions.within(city.code().substring(0, 4), 3))
                counties.add(new Option(county.code(), city.name() + " " + county.name()));
        for (int i = 1; i <= 56; i++) nationalities.add(String.format("%02d", i));
        nationalities.addAll(List.of("97", "98", "99"));
    }

    /** The counties of this node's province, labelled "city county". */
    public List<Option> counties() {
        return counties;
    }

    /** The 56 ethnic groups (GB 3304) and 97–99. */
    public List<String> nationalities() {
        return nationalities;
    }

    /** Every choice of a registration form, by the name its templates use: counties, nationalities, sexes, documentTypes. */
    public Map<String, Object> forForm() {
        return Map.of(
                "counties", counties, "nationalities", nationalities, "sexes", SEXES, "documentTypes", DOCUMENT_TYPES);
    }
}
