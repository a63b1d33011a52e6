package io.ehc.account.web;

import static io.ehc.shared.web.FormFields.field;

import io.ehc.account.application.ManageAccounts;
import io.ehc.account.domain.Role;
import io.ehc.account.domain.StaffAccount;
import io.ehc.institution.InstitutionLookup;
import io.ehc.institution.InstitutionView;
import io.ehc.institution.application.ManageInstitutions;
import io.ehc.shared.Node;
import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.InvalidInput;
import io.ehc.shared.error.PlatformException;
import io.ehc.shared.region.Regions;
import io.ehc.shared.web.AdminTexts;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
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
 * 管理后台 · 工作人员账户: list the staff accounts, open one (roles, a region for regulators, an institution and terminal
 * for staff), disable and enable it, set a new password. The password rules' refusals and the conflicts are shown next
 * to their fields; a password is never shown back. Every change is a POST with the session's CSRF token, answered with
 * a redirect (Post/Redirect/Get).
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AccountPages {
    /** 市辖区: a GB/T 2260 placeholder code of a city's urban districts. */
    private static final String MUNICIPAL_DISTRICTS = "市辖区";

    private static final List<String> ROLES = List.of(Role.ADMIN.name(), Role.REGULATOR.name(), Role.STAFF.name());

    /** One account as listed and shown. */
    record Row(
            String username,
            String displayName,
            List<String> roles,
            @Nullable String region,
            @Nullable String regionName,
            @Nullable String institutionCode,
            @Nullable String institutionName,
            @Nullable String terminalKeyId,
            boolean enabled,
            boolean locked,
            String createdAt,
            @Nullable String lastSignInAt) {}

    /** A choice of the region select: a province, city or county, indented by level. */
    record RegionOption(String code, String name, int level) {}

    private final ManageAccounts manage;
    private final InstitutionLookup institutions;
    private final ManageInstitutions terminalsOf;
    private final Regions regions;
    private final Node node;
    private final Clock clock;
    private final AdminTexts texts;
    private final DateTimeFormatter time;

    AccountPages(
            ManageAccounts manage,
            InstitutionLookup institutions,
            ManageInstitutions terminalsOf,
            Regions regions,
            Node node,
            Clock clock,
            AdminTexts texts) {
        this.manage = manage;
        this.institutions = institutions;
        this.terminalsOf = terminalsOf;
        this.regions = regions;
        this.node = node;
        this.clock = clock;
        this.texts = texts;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(node.zone());
    }

    @ModelAttribute("staffName")
    String staffName(Authentication auth) {
        return auth.getName();
    }

    @GetMapping("/admin/accounts")
    String list(Model model) {
        return renderList(model, Map.of(), List.of(), Map.of());
    }

    @PostMapping("/admin/accounts")
    String open(
            @RequestParam Map<String, String> form,
            @RequestParam(name = "roles", required = false) @Nullable List<String> roles,
            Authentication auth,
            Model model,
            RedirectAttributes flash) {
        List<String> chosen = roles == null ? List.of() : roles;
        Map<String, String> errors = new LinkedHashMap<>();
        for (String f : new String[] {"username", "displayName", "password"})
            if (field(form, f).isEmpty()) errors.put(f, texts.text("admin.missing", "admin.missing"));
        if (chosen.isEmpty()) errors.put("roles", texts.text("admin.rule.roles.none", "admin.missing"));
        if (!field(form, "institutionCode").isEmpty()
                && institutions.find(field(form, "institutionCode")).isEmpty())
            errors.put("institutionCode", texts.text("admin.invalid.institutionCode", ""));
        String terminal = field(form, "terminalKeyId");
        if (!terminal.isEmpty()
                && !field(form, "institutionCode").isEmpty()
                && !errors.containsKey("institutionCode")
                && terminalsOf.terminals(field(form, "institutionCode")).stream()
                        .noneMatch(t -> t.keyId().equals(terminal) && t.status().equals("ACTIVE")))
            errors.put("terminalKeyId", texts.text("admin.account.terminal.notOfInstitution", ""));
        if (!errors.isEmpty()) return renderList(model, form, chosen, errors);
        try {
            StaffAccount a = manage.open(
                    new ManageAccounts.NewAccount(
                            field(form, "username"),
                            field(form, "displayName"),
                            form.getOrDefault("password", ""),
                            chosen,
                            blankToNull(field(form, "region")),
                            blankToNull(field(form, "institutionCode")),
                            blankToNull(field(form, "terminalKeyId"))),
                    auth.getName());
            flash.addFlashAttribute(
                    "done", texts.format("admin.account.opened", a.username().value()));
            return "redirect:/admin/accounts/" + a.username().value();
        } catch (InvalidInput e) {
            return renderList(model, form, chosen, Map.of(e.field(), texts.field(e)));
        } catch (PlatformException e) {
            String field = e.code().equals(ErrorCodes.USERNAME_TAKEN) ? "username" : "roles";
            return renderList(model, form, chosen, Map.of(field, texts.problem(e)));
        }
    }

    @GetMapping("/admin/accounts/{username}")
    String one(@PathVariable String username, Model model) {
        return renderOne(username, model, Map.of(), null);
    }

    @PostMapping("/admin/accounts/{username}/disable")
    String disable(@PathVariable String username, Authentication auth, Model model, RedirectAttributes flash) {
        return change(username, model, flash, "admin.account.disabled", () -> manage.disable(username, auth.getName()));
    }

    @PostMapping("/admin/accounts/{username}/enable")
    String enable(@PathVariable String username, Authentication auth, Model model, RedirectAttributes flash) {
        return change(username, model, flash, "admin.account.enabled", () -> manage.enable(username, auth.getName()));
    }

    /** Runs a change of the account: back to its page with {@code done} said, or the page with the refusal. */
    private String change(String username, Model model, RedirectAttributes flash, String done, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("done", texts.format(done, username));
            return "redirect:/admin/accounts/" + username;
        } catch (PlatformException e) {
            return renderOne(username, model, Map.of(), texts.problem(e));
        }
    }

    @PostMapping("/admin/accounts/{username}/password")
    String password(
            @PathVariable String username,
            @RequestParam(name = "newPassword", required = false) @Nullable String password,
            Authentication auth,
            Model model,
            RedirectAttributes flash) {
        if (password == null || password.isEmpty())
            return renderOne(
                    username, model, Map.of("newPassword", texts.text("admin.missing", "admin.missing")), null);
        try {
            manage.resetPassword(username, password, auth.getName());
            flash.addFlashAttribute("done", texts.format("admin.account.passwordSet", username));
            return "redirect:/admin/accounts/" + username;
        } catch (InvalidInput e) {
            return renderOne(username, model, Map.of("newPassword", texts.field(e)), null);
        } catch (PlatformException e) {
            return renderOne(username, model, Map.of(), texts.problem(e));
        }
    }

    private String renderList(Model model, Map<String, String> form, List<String> roles, Map<String, String> errors) {
        Map<String, String> names = institutionNames();
        List<Row> rows = new ArrayList<>();
        for (StaffAccount a : manage.all()) rows.add(row(a, names));
        Map<String, String> shown = new HashMap<>(form);
        shown.remove("password");
        shown.remove("_csrf");
        model.addAttribute("rows", rows);
        model.addAttribute("form", shown);
        model.addAttribute("chosenRoles", roles);
        model.addAttribute("errors", errors);
        model.addAttribute("roleChoices", ROLES);
        model.addAttribute("regionOptions", regionOptions());
        model.addAttribute("institutionChoices", institutions.within(""));
        return "admin/accounts";
    }

    private String renderOne(String username, Model model, Map<String, String> errors, @Nullable String alert) {
        if (!manage.exists(username)) {
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                    && a.getResponse() != null) a.getResponse().setStatus(404);
            model.addAttribute("alert", texts.text("admin.account.notFound", ""));
            return "admin/not-found";
        }
        model.addAttribute("account", row(manage.get(username), institutionNames()));
        model.addAttribute("errors", errors);
        model.addAttribute("alert", alert);
        return "admin/account";
    }

    private Row row(StaffAccount a, Map<String, String> institutionNames) {
        String region = a.region() == null ? null : a.region().code();
        String inst = a.institutionCode();
        return new Row(
                a.username().value(),
                a.displayName(),
                a.roles().stream().map(Role::name).sorted().toList(),
                region,
                region == null ? null : regions.nameOf(region),
                inst,
                inst == null ? null : institutionNames.getOrDefault(inst, inst),
                a.terminalKeyId(),
                a.enabled(),
                a.isLocked(clock.instant()),
                format(a.createdAt()),
                a.lastSignInAt() == null ? null : format(a.lastSignInAt()));
    }

    private String format(Instant at) {
        return time.format(at);
    }

    private Map<String, String> institutionNames() {
        Map<String, String> out = new HashMap<>();
        for (InstitutionView i : institutions.within("")) out.put(i.code(), i.name());
        return out;
    }

    /** The node's region, its cities and their counties (regulators are provincial, city or county commissions). */
    private List<RegionOption> regionOptions() {
        String home = node.region();
        List<RegionOption> out = new ArrayList<>();
        out.add(new RegionOption(home, regions.nameOf(home), level(home)));
        if (!home.endsWith("0000")) {
            for (Regions.Region c : regions.within(home.substring(0, 4), 3))
                if (!MUNICIPAL_DISTRICTS.equals(c.name())) out.add(new RegionOption(c.code(), c.name(), 3));
            return out;
        }
        for (Regions.Region city : regions.within(home.substring(0, 2), 2)) {
            out.add(new RegionOption(city.code(), city.name(), 2));
            for (Regions.Region c : regions.within(city.code().substring(0, 4), 3))
                if (!MUNICIPAL_DISTRICTS.equals(c.name())) out.add(new RegionOption(c.code(), c.name(), 3));
        }
        return out;
    }

    private static int level(String code) {
        if (code.endsWith("0000")) return 1;
        if (code.endsWith("00")) return 2;
        return 3;
    }

    private static @Nullable String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
