package io.ehc.h5.web;

import static io.ehc.shared.web.FormFields.date;
import static io.ehc.shared.web.FormFields.field;

import io.ehc.h5.application.Household;
import io.ehc.identity.RegistrationChoices;
import io.ehc.identity.RegistrationForm;
import io.ehc.identity.application.RegisterResident;
import io.ehc.identity.application.ResidentSessions;
import io.ehc.shared.error.InvalidInput;
import io.ehc.shared.error.PlatformException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 注册并申领: a new resident registers with the identity module's own rules (every field checked and its problem
 * shown next to it), proves the mobile number with a one-time code, and applies for a card on channel 0401. A
 * document already registered is not signed in here: its holder signs in with their own phone.
 */
@Controller
class SignUpPages {
    static final String[] FIELDS = {
        "name", "sex", "nationality", "birthDate", "documentType", "documentNumber", "phone", "address", "homeRegion"
    };

    private final RegisterResident registration;
    private final ResidentSessions codes;
    private final Household household;
    private final H5Sessions sessions;
    private final PageMessages messages;
    private final RegistrationChoices choices;

    SignUpPages(
            RegisterResident registration,
            ResidentSessions codes,
            Household household,
            H5Sessions sessions,
            PageMessages messages,
            RegistrationChoices choices) {
        this.registration = registration;
        this.codes = codes;
        this.household = household;
        this.sessions = sessions;
        this.messages = messages;
        this.choices = choices;
    }

    @GetMapping("/h5/signup")
    String page(Model model) {
        Map<String, String> form = new HashMap<>();
        form.put("nationality", "01");
        form.put("documentType", "01");
        return render(model, form, Map.of(), null, null);
    }

    @PostMapping("/h5/signup/code")
    String sendCode(@RequestParam Map<String, String> form, Model model) {
        try {
            codes.sendSignUpCode(form.getOrDefault("phone", ""));
            return render(model, form, Map.of(), messages.text("h5.signup.codeSent", ""), null);
        } catch (InvalidInput e) {
            return render(model, form, Map.of("phone", messages.field(e)), null, null);
        } catch (PlatformException e) {
            return render(model, form, Map.of(), null, messages.problem(e));
        }
    }

    @PostMapping("/h5/signup")
    String signUp(
            @RequestParam Map<String, String> form, Model model, HttpServletRequest req, HttpServletResponse res) {
        LocalDate birth = date(form.get("birthDate"));
        Map<String, String> errors = new LinkedHashMap<>(messages.fields(registration.problems(
                field(form, "name"),
                field(form, "sex"),
                field(form, "nationality"),
                birth,
                field(form, "documentType"),
                field(form, "documentNumber"),
                field(form, "phone"),
                field(form, "address"),
                field(form, "homeRegion"))));
        if (birth == null && !field(form, "birthDate").isBlank())
            errors.put("birthDate", messages.text("h5.invalid.birthDate", "h5.invalid"));
        errors.putAll(messages.missing(form, "code"));
        if (!errors.isEmpty()) return render(model, form, errors, null, null);
        if (!codes.verifySignUpCode(field(form, "phone"), field(form, "code")))
            return render(model, form, Map.of("code", messages.text("h5.code.1005", "h5.code.1005")), null, null);
        try {
            RegisterResident.Registration reg = registration.register(
                    new RegistrationForm(
                            field(form, "name"),
                            field(form, "sex"),
                            field(form, "nationality"),
                            birth,
                            field(form, "documentType"),
                            field(form, "documentNumber"),
                            field(form, "phone"),
                            field(form, "address"),
                            field(form, "homeRegion")),
                    "h5-signup");
            if (!reg.created())
                return render(model, form, Map.of(), null, messages.text("h5.signup.already", "h5.signup.already"));
            sessions.signIn(reg.masterIndex(), req, res);
            household.applyForCard(reg.masterIndex(), reg.masterIndex().value());
            return "redirect:/h5/card?welcome";
        } catch (InvalidInput e) {
            return render(model, form, Map.of(e.field(), messages.field(e)), null, null);
        } catch (PlatformException e) {
            return render(model, form, Map.of(), null, messages.problem(e));
        }
    }

    private String render(
            Model model,
            Map<String, String> form,
            Map<String, String> errors,
            @Nullable String info,
            @Nullable String alert) {
        Map<String, String> shown = new HashMap<>(form);
        shown.remove("code");
        shown.remove("_csrf");
        model.addAttribute("form", shown);
        model.addAttribute("errors", errors);
        model.addAttribute("info", info);
        model.addAttribute("alert", alert);
        model.addAllAttributes(choices.forForm());
        return "h5/signup";
    }
}
