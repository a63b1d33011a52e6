package io.ehc.counter.web;

import static io.ehc.shared.web.FormFields.date;
import static io.ehc.shared.web.FormFields.field;

import io.ehc.counter.application.RegisterAtCounter;
import io.ehc.counter.domain.Workstation;
import io.ehc.identity.RegistrationChoices;
import io.ehc.identity.RegistrationForm;
import io.ehc.shared.error.InvalidInput;
import io.ehc.shared.error.PlatformException;
import io.ehc.shared.privacy.Mask;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * 窗口建档 and 临时卡: registering a resident with every field of registration (each problem shown next to its field,
 * in the field's terms) and applying for their card on channel 0100; issuing a temporary card to a person without
 * documents. After success the page shows the card (status, EHC ID) and the name masked.
 */
@Controller
class RegistrationPages {
    private final Seats seats;
    private final RegisterAtCounter counter;
    private final CounterTexts texts;
    private final RegistrationChoices choices;

    RegistrationPages(Seats seats, RegisterAtCounter counter, CounterTexts texts, RegistrationChoices choices) {
        this.seats = seats;
        this.counter = counter;
        this.texts = texts;
        this.choices = choices;
    }

    @GetMapping("/counter/register")
    String registerPage(Authentication auth, Model model) {
        if (seats.seat(auth, model) == null) return Seats.UNBOUND;
        Map<String, String> form = new HashMap<>();
        form.put("nationality", "01");
        form.put("documentType", "01");
        return render(model, "counter/register", form, Map.of(), null);
    }

    @PostMapping("/counter/register")
    String register(
            @RequestParam Map<String, String> form, Authentication auth, Model model, RedirectAttributes flash) {
        Workstation ws = seats.seat(auth, model);
        if (ws == null) return Seats.UNBOUND;
        LocalDate birth = date(form.get("birthDate"));
        Map<String, String> errors =
                new LinkedHashMap<>(texts.fields(counter.problems(new RegisterAtCounter.RegistrationFields(
                        field(form, "name"),
                        field(form, "sex"),
                        field(form, "nationality"),
                        birth,
                        field(form, "documentType"),
                        field(form, "documentNumber"),
                        field(form, "phone"),
                        field(form, "address"),
                        field(form, "homeRegion")))));
        if (birth == null && !field(form, "birthDate").isBlank())
            errors.put("birthDate", texts.text("h5.invalid.birthDate", "counter.invalid"));
        if (!errors.isEmpty()) return render(model, "counter/register", form, errors, null);
        try {
            RegisterAtCounter.Issued issued = counter.register(
                    ws,
                    new RegistrationForm(
                            field(form, "name"),
                            field(form, "sex"),
                            field(form, "nationality"),
                            birth,
                            field(form, "documentType"),
                            field(form, "documentNumber"),
                            field(form, "phone"),
                            field(form, "address"),
                            field(form, "homeRegion")));
            flash.addFlashAttribute("issued", issued);
            flash.addFlashAttribute("issuedName", Mask.name(field(form, "name")));
            return "redirect:/counter/register";
        } catch (InvalidInput e) {
            return render(model, "counter/register", form, Map.of(e.field(), texts.field(e)), null);
        } catch (PlatformException e) {
            return render(model, "counter/register", form, Map.of(), texts.problem(e));
        }
    }

    @GetMapping("/counter/temporary")
    String temporaryPage(Authentication auth, Model model) {
        if (seats.seat(auth, model) == null) return Seats.UNBOUND;
        return render(model, "counter/temporary", new HashMap<>(), Map.of(), null);
    }

    @PostMapping("/counter/temporary")
    String temporary(
            @RequestParam Map<String, String> form, Authentication auth, Model model, RedirectAttributes flash) {
        Workstation ws = seats.seat(auth, model);
        if (ws == null) return Seats.UNBOUND;
        Map<String, String> errors = new LinkedHashMap<>();
        for (String f : new String[] {"name", "sex", "birthDate", "homeRegion"})
            if (field(form, f).isBlank()) errors.put(f, texts.text("counter.missing", "counter.missing"));
        LocalDate birth = date(form.get("birthDate"));
        if (birth == null && !errors.containsKey("birthDate"))
            errors.put("birthDate", texts.text("h5.invalid.birthDate", "counter.invalid"));
        if (!errors.isEmpty()) return render(model, "counter/temporary", form, errors, null);
        try {
            RegisterAtCounter.Issued issued = counter.issueTemporary(
                    ws,
                    field(form, "name"),
                    field(form, "sex"),
                    birth,
                    field(form, "phone").isEmpty() ? null : field(form, "phone"),
                    field(form, "homeRegion"));
            flash.addFlashAttribute("issued", issued);
            flash.addFlashAttribute("issuedName", Mask.name(field(form, "name")));
            return "redirect:/counter/temporary";
        } catch (InvalidInput e) {
            return render(model, "counter/temporary", form, Map.of(e.field(), texts.field(e)), null);
        } catch (PlatformException e) {
            return render(model, "counter/temporary", form, Map.of(), texts.problem(e));
        }
    }

    private String render(
            Model model, String view, Map<String, String> form, Map<String, String> errors, @Nullable String alert) {
        Map<String, String> shown = new HashMap<>(form);
        shown.remove("_csrf");
        model.addAttribute("form", shown);
        model.addAttribute("errors", errors);
        model.addAttribute("alert", alert);
        model.addAllAttributes(choices.forForm());
        return view;
    }
}
