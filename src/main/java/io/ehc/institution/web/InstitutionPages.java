package io.ehc.institution.web;

import static io.ehc.shared.web.FormFields.field;

import io.ehc.institution.InstitutionView;
import io.ehc.institution.Terminal;
import io.ehc.institution.application.ManageInstitutions;
import io.ehc.shared.Channel;
import io.ehc.shared.Node;
import io.ehc.shared.error.InvalidInput;
import io.ehc.shared.error.NotFound;
import io.ehc.shared.error.PlatformException;
import io.ehc.shared.region.Regions;
import io.ehc.shared.web.AdminTexts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 管理后台 · 机构与终端: the administrator's pages for institutions (list with filters, create), their departments and
 * terminals (create, revoke). A new terminal's secret travels to the next page as a flash attribute, so it is shown
 * exactly once; afterwards only the key ID is listed. Every change is a POST with the session's CSRF token, answered
 * with a redirect (Post/Redirect/Get), or with the form again and each problem next to its field.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class InstitutionPages {
    private static final Logger log = LoggerFactory.getLogger(InstitutionPages.class);

    /** 市辖区: a GB/T 2260 placeholder code of a city's urban districts, not a place an institution is in. */
    private static final String MUNICIPAL_DISTRICTS = "市辖区";

    static final List<String> TYPES = List.of("HOSPITAL", "CLINIC", "PHARMACY");

    /** A city of the node's region with the counties in it, for the region choice. */
    record CityGroup(String code, String name, List<Regions.Region> counties) {}

    /** An institution as listed, with its region's name. */
    record Row(InstitutionView institution, String regionName) {}

    private final ManageInstitutions manage;
    private final Regions regions;
    private final Node node;
    private final AdminTexts texts;

    InstitutionPages(ManageInstitutions manage, Regions regions, Node node, AdminTexts texts) {
        this.manage = manage;
        this.regions = regions;
        this.node = node;
        this.texts = texts;
    }

    @ModelAttribute("staffName")
    String staffName(Authentication auth) {
        return auth.getName();
    }

    @GetMapping("/admin/institutions")
    String list(
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String grade,
            @RequestParam(required = false) @Nullable String type,
            Model model) {
        return renderList(model, region, grade, type, Map.of(), Map.of(), null);
    }

    @PostMapping("/admin/institutions")
    String create(@RequestParam Map<String, String> form, Authentication auth, Model model, RedirectAttributes flash) {
        Map<String, String> errors = missing(form, "code", "name", "grade", "type", "region");
        if (errors.isEmpty() && !field(form, "grade").matches("[0-3]"))
            errors.put("grade", texts.text("admin.invalid.grade", ""));
        if (!errors.isEmpty()) return renderList(model, null, null, null, form, errors, null);
        try {
            InstitutionView i = manage.addInstitution(
                    field(form, "code"),
                    field(form, "name"),
                    Integer.parseInt(field(form, "grade")),
                    field(form, "type"),
                    field(form, "region"));
            log.info("institution {} added by {} on the administration pages", i.code(), auth.getName());
            flash.addFlashAttribute("done", texts.format("admin.institution.created", i.name()));
            return "redirect:/admin/institutions/" + i.code();
        } catch (InvalidInput e) {
            return renderList(model, null, null, null, form, Map.of(e.field(), texts.field(e)), null);
        } catch (PlatformException e) {
            return renderList(model, null, null, null, form, Map.of("code", texts.problem(e)), null);
        }
    }

    @GetMapping("/admin/institutions/{code}")
    String one(@PathVariable String code, Model model) {
        return renderOne(code, model, Map.of(), Map.of(), null);
    }

    @PostMapping("/admin/institutions/{code}/departments")
    String department(
            @PathVariable String code,
            @RequestParam Map<String, String> form,
            Authentication auth,
            Model model,
            RedirectAttributes flash) {
        Map<String, String> errors = missing(form, "deptCode", "deptName");
        if (!errors.isEmpty()) return renderOne(code, model, form, errors, null);
        try {
            manage.addDepartment(code, field(form, "deptCode"), field(form, "deptName"));
            log.info("department {} of institution {} added by {}", field(form, "deptCode"), code, auth.getName());
            flash.addFlashAttribute("done", texts.format("admin.department.created", field(form, "deptCode")));
            return "redirect:/admin/institutions/" + code + "#departments";
        } catch (InvalidInput e) {
            return renderOne(code, model, form, Map.of("dept" + capital(e.field()), texts.field(e)), null);
        } catch (NotFound e) {
            return renderOne(code, model, form, Map.of(), texts.problem(e));
        } catch (PlatformException e) {
            return renderOne(code, model, form, Map.of("deptCode", texts.text("admin.department.exists", "")), null);
        }
    }

    @PostMapping("/admin/institutions/{code}/terminals")
    String terminal(
            @PathVariable String code,
            @RequestParam Map<String, String> form,
            Authentication auth,
            Model model,
            RedirectAttributes flash) {
        Map<String, String> errors = missing(form, "terminalDepartment", "terminalChannel");
        if (!errors.isEmpty()) return renderOne(code, model, form, errors, null);
        if (!manage.hasDepartment(code, field(form, "terminalDepartment")))
            return renderOne(
                    code,
                    model,
                    form,
                    Map.of("terminalDepartment", texts.text("admin.terminal.noDepartment", "")),
                    null);
        try {
            ManageInstitutions.NewTerminal t = manage.addTerminal(
                    code,
                    field(form, "terminalDepartment"),
                    field(form, "terminalChannel"),
                    field(form, "terminalName"));
            log.info("terminal {} of institution {} created by {}", t.terminal().keyId(), code, auth.getName());
            flash.addFlashAttribute("newTerminal", t.terminal());
            flash.addFlashAttribute("newSecret", t.secret());
            return "redirect:/admin/institutions/" + code + "#new-terminal";
        } catch (InvalidInput e) {
            String field = e.field().equals("channel") ? "terminalChannel" : "terminalName";
            return renderOne(code, model, form, Map.of(field, texts.field(e)), null);
        } catch (PlatformException e) {
            return renderOne(code, model, form, Map.of(), texts.problem(e));
        }
    }

    @PostMapping("/admin/institutions/{code}/terminals/{keyId}/revoke")
    String revoke(
            @PathVariable String code,
            @PathVariable String keyId,
            Authentication auth,
            Model model,
            RedirectAttributes flash) {
        boolean ours = manage.terminals(code).stream().anyMatch(t -> t.keyId().equals(keyId));
        try {
            if (!ours) throw new NotFound("no active terminal with this key");
            manage.revokeTerminal(keyId);
            log.info("terminal {} of institution {} revoked by {}", keyId, code, auth.getName());
            flash.addFlashAttribute("done", texts.format("admin.terminal.revoked", keyId));
            return "redirect:/admin/institutions/" + code + "#terminals";
        } catch (PlatformException e) {
            return renderOne(code, model, Map.of(), Map.of(), texts.problem(e));
        }
    }

    private String renderList(
            Model model,
            @Nullable String region,
            @Nullable String grade,
            @Nullable String type,
            Map<String, String> form,
            Map<String, String> errors,
            @Nullable String alert) {
        String r = region == null ? "" : region.strip();
        String g = grade == null ? "" : grade.strip();
        String t = type == null ? "" : type.strip();
        List<Row> rows = new ArrayList<>();
        for (InstitutionView i : manage.all()) {
            if (!r.isEmpty() && !i.region().startsWith(prefix(r))) continue;
            if (!g.isEmpty() && !String.valueOf(i.grade()).equals(g)) continue;
            if (!t.isEmpty() && !i.type().equals(t)) continue;
            rows.add(new Row(i, regions.nameOf(i.region())));
        }
        List<CityGroup> cities = cities();
        model.addAttribute("rows", rows);
        model.addAttribute("filterRegion", r);
        model.addAttribute("filterGrade", g);
        model.addAttribute("filterType", t);
        model.addAttribute("filtered", !r.isEmpty() || !g.isEmpty() || !t.isEmpty());
        model.addAttribute("cities", cities);
        model.addAttribute("types", TYPES);
        model.addAttribute("form", shown(form));
        model.addAttribute("errors", errors);
        model.addAttribute("alert", alert);
        model.addAttribute("formOpen", !errors.isEmpty());
        return "admin/institutions";
    }

    private String renderOne(
            String code, Model model, Map<String, String> form, Map<String, String> errors, @Nullable String alert) {
        InstitutionView i = manage.find(code).orElse(null);
        if (i == null) {
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                    && a.getResponse() != null) a.getResponse().setStatus(404);
            model.addAttribute("alert", texts.text("admin.institution.notFound", ""));
            return "admin/not-found";
        }
        List<Terminal> terminals = manage.terminals(code);
        model.addAttribute("institution", i);
        model.addAttribute("regionName", regions.nameOf(i.region()));
        model.addAttribute("departments", manage.departments(code));
        model.addAttribute("terminals", terminals);
        model.addAttribute("channels", Channel.values());
        model.addAttribute("form", shown(form));
        model.addAttribute("errors", errors);
        model.addAttribute("alert", alert);
        return "admin/institution";
    }

    /** The cities of the node's region, each with its counties (without the 市辖区 placeholders). */
    private List<CityGroup> cities() {
        String home = node.region();
        List<CityGroup> out = new ArrayList<>();
        if (!home.endsWith("0000")) {
            String city = home.substring(0, 4) + "00";
            out.add(new CityGroup(city, regions.nameOf(city), counties(city)));
            return out;
        }
        for (Regions.Region c : regions.within(home.substring(0, 2), 2))
            out.add(new CityGroup(c.code(), c.name(), counties(c.code())));
        return out;
    }

    private List<Regions.Region> counties(String city) {
        return regions.within(city.substring(0, 4), 3).stream()
                .filter(x -> !MUNICIPAL_DISTRICTS.equals(x.name()))
                .toList();
    }

    static String prefix(String code) {
        if (!code.matches("[0-9]{6}")) return code;
        if (code.endsWith("0000")) return code.substring(0, 2);
        if (code.endsWith("00")) return code.substring(0, 4);
        return code;
    }

    private Map<String, String> missing(Map<String, String> form, String... fields) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (String f : fields)
            if (field(form, f).isEmpty()) errors.put(f, texts.text("admin.missing", "admin.missing"));
        return errors;
    }

    private static Map<String, String> shown(Map<String, String> form) {
        Map<String, String> out = new HashMap<>(form);
        out.remove("_csrf");
        return out;
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
