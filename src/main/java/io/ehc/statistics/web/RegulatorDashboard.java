package io.ehc.statistics.web;

import io.ehc.account.StaffPrincipal;
import io.ehc.shared.Node;
import io.ehc.shared.region.Regions;
import io.ehc.statistics.application.FigureFilters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * 监管驾驶舱: the regulator dashboard. The page is a shell with the filters (only regions the signed-in regulator may
 * see); its script reads every figure from the statistics API with the page's session, so the dashboard shows exactly
 * what the API answers. Tables under the charts are their text alternative.
 */
@Controller
class RegulatorDashboard {
    /** One choice of the region filter. */
    record RegionOption(String code, String name, int level) {}

    /** 市辖区: a GB/T 2260 placeholder code of a city's urban districts, not a region of its own. */
    private static final String MUNICIPAL_DISTRICTS = "市辖区";

    private static final List<String> GRANULARITIES = List.of("day", "month", "hour");
    private static final String[] SCRIPT_TEXTS = {
        "dash.kpi.of",
        "dash.chart.uses",
        "dash.chart.displays",
        "dash.chart.cardsIssued",
        "dash.col.period",
        "dash.none",
        "dash.inUse",
        "dash.notInUse",
        "dash.error",
        "dash.loading",
        "dash.updated",
        "grade.3",
        "grade.2",
        "grade.1",
        "grade.0",
        "dash.col.share"
    };

    private final Regions regions;
    private final Node node;
    private final FigureFilters filters;
    private final MessageSource messages;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    RegulatorDashboard(Regions regions, Node node, FigureFilters filters, MessageSource messages) {
        this.regions = regions;
        this.node = node;
        this.filters = filters;
        this.messages = messages;
    }

    @GetMapping({"/regulator", "/regulator/"})
    String dashboard(
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String granularity,
            @RequestParam(required = false) @Nullable String grade,
            Authentication auth,
            Locale locale,
            Model model) {
        StaffPrincipal staff = auth.getPrincipal() instanceof StaffPrincipal p ? p : null;
        String home = staff == null || staff.region() == null ? node.region() : staff.region();
        List<RegionOption> options = options(home);
        String selected = home;
        boolean refused = false;
        if (region != null && !region.isBlank()) {
            String r = region.strip();
            if (options.stream().anyMatch(o -> o.code().equals(r))
                    || (staff != null && staff.mayView(r) && regions.exists(r))) selected = r;
            else refused = true;
        }
        RegionOption chosen = new RegionOption(selected, regions.nameOf(selected), level(selected));
        if (options.stream().noneMatch(o -> o.code().equals(chosen.code()))) options.add(chosen);
        LocalDate today = filters.today();
        String toText = blank(to) ? today.toString() : to.strip();
        String fromText = blank(from) ? today.minusDays(29).toString() : from.strip();
        String g = granularity != null && GRANULARITIES.contains(granularity.strip()) ? granularity.strip() : "day";
        String gr = grade != null && grade.strip().matches("[0-3]") ? grade.strip() : "";

        String breakdown = chosen.level() == 1 ? "city" : chosen.level() == 2 ? "county" : "";
        List<RegionOption> parts = chosen.level() >= 3
                ? List.of()
                : regions.within(prefix(chosen.code()), chosen.level() + 1).stream()
                        .filter(x -> !MUNICIPAL_DISTRICTS.equals(x.name()))
                        .map(x -> new RegionOption(x.code(), x.name(), x.level()))
                        .toList();
        Map<String, Object> config = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (String k : SCRIPT_TEXTS) texts.put(k, messages.getMessage(k, null, k, locale));
        config.put("texts", texts);
        config.put("parts", parts);
        model.addAttribute("staffName", staff == null ? auth.getName() : staff.displayName());
        model.addAttribute("home", new RegionOption(home, regions.nameOf(home), level(home)));
        model.addAttribute("options", options);
        model.addAttribute("chosen", chosen);
        model.addAttribute("from", fromText);
        model.addAttribute("to", toText);
        model.addAttribute("granularity", g);
        model.addAttribute("granularities", GRANULARITIES);
        model.addAttribute("grade", gr);
        model.addAttribute("breakdown", breakdown);
        model.addAttribute("refused", refused);
        model.addAttribute("servicesShown", chosen.level() <= 2);
        model.addAttribute("configJson", JSON.writeValueAsString(config).replace("</", "<\\/"));
        return "regulator/dashboard";
    }

    /** The regulator's own region and the regions one level below it. */
    private List<RegionOption> options(String home) {
        List<RegionOption> out = new ArrayList<>();
        int level = level(home);
        out.add(new RegionOption(home, regions.nameOf(home), level));
        if (level < 3)
            for (Regions.Region r : regions.within(prefix(home), level + 1))
                if (!MUNICIPAL_DISTRICTS.equals(r.name())) out.add(new RegionOption(r.code(), r.name(), r.level()));
        return out;
    }

    static int level(String code) {
        if (code.endsWith("0000")) return 1;
        if (code.endsWith("00")) return 2;
        return 3;
    }

    static String prefix(String code) {
        return StaffPrincipal.prefix(code);
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
