package io.ehc.statistics.web;

import io.ehc.shared.region.Regions;
import io.ehc.statistics.domain.Population;
import io.ehc.statistics.domain.Populations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 管理后台 · 行政区划: the GB/T 2260 table the platform loads as data, browsed from provinces to prefecture cities to
 * counties or searched by name or code, with the resident population figures coverage is measured against
 * ({@code region_population}). Read-only: the table is replaced as a file ({@code ehc.regions.file}), the population
 * figures as data.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class RegionPages {
    private static final int MAX_RESULTS = 200;

    /** One region as listed, with its population figure when the table has one. */
    record Row(
            String code, String name, int level, @Nullable Population population, boolean hasChildren) {}

    private final Regions regions;
    private final Populations populations;

    RegionPages(Regions regions, Populations populations) {
        this.regions = regions;
        this.populations = populations;
    }

    @GetMapping("/admin/regions")
    String regions(
            @RequestParam(required = false) @Nullable String code,
            @RequestParam(required = false) @Nullable String q,
            Authentication auth,
            Model model) {
        Map<String, Population> figures = new HashMap<>();
        for (Population p : populations.within("")) figures.put(p.region(), p);
        String query = q == null ? "" : q.strip();
        Regions.Region current =
                code == null ? null : regions.find(code.strip()).orElse(null);
        List<Row> rows = new ArrayList<>();
        boolean truncated = false;
        if (!query.isEmpty()) {
            String lower = query.toLowerCase(Locale.ROOT);
            outer:
            for (int level = 1; level <= 3; level++)
                for (Regions.Region r : regions.within("", level))
                    if (r.code().startsWith(query)
                            || r.name().toLowerCase(Locale.ROOT).contains(lower)) {
                        if (rows.size() == MAX_RESULTS) {
                            truncated = true;
                            break outer;
                        }
                        rows.add(row(r, figures));
                    }
        } else if (current == null || current.level() == 3) {
            for (Regions.Region r : regions.within("", 1)) rows.add(row(r, figures));
            current = current != null && current.level() == 3 ? current : null;
        } else {
            String prefix = current.level() == 1
                    ? current.code().substring(0, 2)
                    : current.code().substring(0, 4);
            for (Regions.Region r : regions.within(prefix, current.level() + 1)) rows.add(row(r, figures));
        }
        List<Regions.Region> trail = new ArrayList<>();
        if (current != null) {
            regions.find(current.code().substring(0, 2) + "0000").ifPresent(trail::add);
            if (current.level() >= 2)
                regions.find(current.code().substring(0, 4) + "00").ifPresent(trail::add);
            if (current.level() == 3) trail.add(current);
        }
        model.addAttribute("staffName", auth.getName());
        model.addAttribute("rows", rows);
        model.addAttribute("q", query);
        model.addAttribute("current", current);
        model.addAttribute("currentPopulation", current == null ? null : figures.get(current.code()));
        model.addAttribute("trail", trail);
        model.addAttribute("truncated", truncated);
        model.addAttribute("maxResults", MAX_RESULTS);
        model.addAttribute("unknownCode", code != null && !code.isBlank() && current == null);
        return "admin/regions";
    }

    private Row row(Regions.Region r, Map<String, Population> figures) {
        boolean children = r.level() < 3
                && !regions.within(
                                r.level() == 1
                                        ? r.code().substring(0, 2)
                                        : r.code().substring(0, 4),
                                r.level() + 1)
                        .isEmpty();
        return new Row(r.code(), r.name(), r.level(), figures.get(r.code()), children);
    }
}
