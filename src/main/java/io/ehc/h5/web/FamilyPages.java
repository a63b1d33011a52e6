package io.ehc.h5.web;

import static io.ehc.shared.web.FormFields.date;
import static io.ehc.shared.web.FormFields.field;

import io.ehc.h5.application.Household;
import io.ehc.identity.MasterIndex;
import io.ehc.identity.RegistrationChoices;
import io.ehc.identity.application.ManageFamily;
import io.ehc.identity.application.RegisterResident;
import io.ehc.shared.error.InvalidInput;
import io.ehc.shared.error.PlatformException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 家庭成员: the members the resident looks after, binding a registered person (document and name must match,
 * relation GB/T 4761) and registering a newborn with a birth certificate (type 08), who then gets a card. Both need
 * the resident's own card to be active (7003).
 */
@Controller
class FamilyPages {
    /** GB/T 4761 relations a resident may bind. */
    static final List<String> RELATIONS = List.of("1", "2", "3", "4", "5", "6", "7", "8");

    private final Household household;
    private final ManageFamily family;
    private final PageMessages messages;

    FamilyPages(Household household, ManageFamily family, PageMessages messages) {
        this.household = household;
        this.family = family;
        this.messages = messages;
    }

    @GetMapping("/h5/family")
    String page(Authentication auth, Model model) {
        return render(
                H5Sessions.me(auth), model, Map.of("documentType", "01"), Map.of(), Map.of("sex", "2"), Map.of(), null);
    }

    @PostMapping("/h5/family/members")
    String bind(Authentication auth, @RequestParam Map<String, String> form, Model model, RedirectAttributes flash) {
        MasterIndex me = H5Sessions.me(auth);
        Map<String, String> errors =
                new LinkedHashMap<>(messages.missing(form, "relation", "documentType", "documentNumber", "name"));
        if (!errors.isEmpty()) return render(me, model, form, errors, Map.of("sex", "2"), Map.of(), null);
        try {
            family.bind(
                    me,
                    field(form, "documentType"),
                    field(form, "documentNumber"),
                    field(form, "name"),
                    field(form, "relation"),
                    Household.actor(me));
            flash.addFlashAttribute("done", messages.text("h5.family.bound", ""));
            return "redirect:/h5/family";
        } catch (InvalidInput e) {
            return render(me, model, form, Map.of(e.field(), messages.field(e)), Map.of("sex", "2"), Map.of(), null);
        } catch (PlatformException e) {
            return render(me, model, form, Map.of(), Map.of("sex", "2"), Map.of(), messages.problem(e));
        }
    }

    @PostMapping("/h5/family/newborns")
    String newborn(Authentication auth, @RequestParam Map<String, String> form, Model model, RedirectAttributes flash) {
        MasterIndex me = H5Sessions.me(auth);
        Map<String, String> errors =
                new LinkedHashMap<>(messages.missing(form, "babyName", "babySex", "babyBirthDate", "certificate"));
        LocalDate birth = date(form.get("babyBirthDate"));
        if (birth == null && !field(form, "babyBirthDate").isBlank())
            errors.put("babyBirthDate", messages.text("h5.invalid.birthDate", ""));
        Map<String, String> keep = Map.of("documentType", "01");
        if (!errors.isEmpty() || birth == null) return render(me, model, keep, Map.of(), form, errors, null);
        try {
            RegisterResident.Registration child = family.registerNewborn(
                    me,
                    field(form, "babyName"),
                    field(form, "babySex"),
                    birth,
                    field(form, "certificate"),
                    null,
                    null,
                    Household.actor(me));
            household.applyForCard(me, child.masterIndex().value());
            flash.addFlashAttribute("done", messages.text("h5.family.newborn", ""));
            return "redirect:/h5/family";
        } catch (InvalidInput e) {
            return render(me, model, keep, Map.of(), form, Map.of(babyField(e.field()), messages.field(e)), null);
        } catch (PlatformException e) {
            return render(me, model, keep, Map.of(), form, Map.of(), messages.problem(e));
        }
    }

    private static String babyField(String field) {
        return switch (field) {
            case "name" -> "babyName";
            case "sex" -> "babySex";
            case "birthDate", "documentType" -> "babyBirthDate";
            case "documentNumber" -> "certificate";
            default -> field;
        };
    }

    private String render(
            MasterIndex me,
            Model model,
            Map<String, String> memberForm,
            Map<String, String> memberErrors,
            Map<String, String> babyForm,
            Map<String, String> babyErrors,
            @Nullable String alert) {
        Map<String, String> form = new HashMap<>(memberForm);
        form.putAll(babyForm);
        form.remove("_csrf");
        Map<String, String> errors = new HashMap<>(memberErrors);
        errors.putAll(babyErrors);
        model.addAttribute("people", household.of(me));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("alert", alert);
        model.addAttribute("relations", RELATIONS);
        model.addAttribute("documentTypes", RegistrationChoices.DOCUMENT_TYPES);
        model.addAttribute("active", "family");
        return "h5/family";
    }
}
