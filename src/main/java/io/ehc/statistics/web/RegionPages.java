package io.ehc.statistics.web;

import static io.ehc.shared.web.FormFields.field;

import io.ehc.shared.error.InvalidInput;
import io.ehc.shared.region.Regions;
import io.ehc.shared.web.AdminTexts;
import io.ehc.statistics.application.SetPopulation;
import io.ehc.statistics.domain.Population;
import io.ehc.statistics.domain.Populations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 管理后台 · 行政区划: the GB/T 2260 table the platform loads as data, browsed from provinces to prefecture cities to
 * counties or searched by name or code, with the resident population figures coverage is measured against
 * ({@code region_population}). The table itself is read-only (a newer one is loaded as a file, {@code
 * ehc.regions.file}); the administrator sets a region's population figure (POST with the session's CSRF token, then a
 * redirect).
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
    private final SetPopulation setPopulation;
    private final AdminTexts texts;

    RegionPages(Regions regions, Populations populations, SetPopulation setPopulation, AdminTexts texts) {
        this.regions = regions;
        this.populations = populations;
        this.setPopulation = setPopulation;
        this.texts = texts;
    }

    @GetMapping("/admin/regions")
    String regions(
            @RequestParam(required = false) @Nullable String code,
            @RequestParam(required = false) @Nullable String q,
            Authentication auth,
            Model model) {
        return render(code, q, auth, model, Map.of(), Map.of());
    }

    @PostMapping("/admin/regions/population")
    String population(
            @RequestParam Map<String, String> form, Authentication auth, Model model, RedirectAttributes flash) {
        String region = field(form, "region");
        Map<String, String> errors = new LinkedHashMap<>();
        for (String f : new String[] {"population", "year", "source"})
            if (field(form, f).isEmpty()) errors.put(f, texts.text("admin.missing", "admin.missing"));
        if (!field(form, "population").isEmpty() && !field(form, "population").matches("[0-9]{1,10}"))
            errors.put("population", texts.text("admin.invalid.population", ""));
        if (!field(form, "year").isEmpty() && !field(form, "year").matches("[0-9]{4}"))
            errors.put("year", texts.text("admin.invalid.year", ""));
        if (!errors.isEmpty()) return render(region, null, auth, model, form, errors);
        try {
            setPopulation.set(
                    region,
                    Long.parseLong(field(form, "population")),
                    Integer.parseInt(field(form, "year")),
                    field(form, "source"),
                    auth.getName());
            flash.addFlashAttribute("done", texts.format("admin.population.saved", regions.nameOf(region)));
            return "redirect:/admin/regions?code=" + region;
        } catch (InvalidInput e) {
            return render(region, null, auth, model, form, Map.of(e.field(), texts.field(e)));
        }
    }

    private String render(
            @Nullable String code,
            @Nullable String q,
            Authentication auth,
            Model model,
            Map<String, String> form,
            Map<String, String> errors) {
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
        Map<String, String> shown = new HashMap<>(form);
        shown.remove("_csrf");
        model.addAttribute("form", shown);
        model.addAttribute("errors", errors);
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
