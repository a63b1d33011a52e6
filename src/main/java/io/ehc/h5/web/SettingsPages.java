package io.ehc.h5.web;

import static io.ehc.shared.web.FormFields.field;

import io.ehc.h5.application.Passwords;
import io.ehc.identity.MasterIndex;
import io.ehc.identity.application.ChangePhone;
import io.ehc.shared.error.InvalidInput;
import io.ehc.shared.error.PlatformException;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 设置: language, a new mobile number (proved with a one-time code sent to it), and the password. */
@Controller
class SettingsPages {
    private final ChangePhone phones;
    private final Passwords passwords;
    private final PageMessages messages;

    SettingsPages(ChangePhone phones, Passwords passwords, PageMessages messages) {
        this.phones = phones;
        this.passwords = passwords;
        this.messages = messages;
    }

    @GetMapping("/h5/settings")
    String page(Authentication auth, Model model) {
        return render(H5Sessions.me(auth), model, Map.of(), Map.of(), null, null);
    }

    @PostMapping("/h5/settings/phone/code")
    String sendCode(Authentication auth, @RequestParam Map<String, String> form, Model model) {
        MasterIndex me = H5Sessions.me(auth);
        try {
            phones.sendCode(me, field(form, "newPhone"));
            return render(me, model, form, Map.of(), messages.text("h5.settings.codeSent", ""), null);
        } catch (InvalidInput e) {
            return render(me, model, form, Map.of("newPhone", messages.field(e)), null, null);
        } catch (PlatformException e) {
            return render(me, model, form, Map.of(), null, messages.problem(e));
        }
    }

    @PostMapping("/h5/settings/phone")
    String changePhone(
            Authentication auth, @RequestParam Map<String, String> form, Model model, RedirectAttributes flash) {
        MasterIndex me = H5Sessions.me(auth);
        Map<String, String> errors = messages.missing(form, "newPhone", "phoneCode");
        if (!errors.isEmpty()) return render(me, model, form, errors, null, null);
        try {
            phones.change(me, field(form, "newPhone"), field(form, "phoneCode"));
            flash.addFlashAttribute("done", messages.text("h5.settings.phoneChanged", ""));
            return "redirect:/h5/settings";
        } catch (InvalidInput e) {
            String field = e.field().equals("code") ? "phoneCode" : "newPhone";
            return render(me, model, form, Map.of(field, messages.field(e)), null, null);
        } catch (PlatformException e) {
            return render(me, model, form, Map.of(), null, messages.problem(e));
        }
    }

    @PostMapping("/h5/settings/password")
    String password(
            Authentication auth, @RequestParam Map<String, String> form, Model model, RedirectAttributes flash) {
        MasterIndex me = H5Sessions.me(auth);
        try {
            passwords.set(
                    me,
                    form.get("currentPassword"),
                    form.getOrDefault("password", ""),
                    form.getOrDefault("confirmPassword", ""));
            flash.addFlashAttribute("done", messages.text("h5.settings.passwordSet", ""));
            return "redirect:/h5/settings";
        } catch (InvalidInput e) {
            return render(me, model, Map.of(), Map.of(e.field(), messages.field(e)), null, null);
        } catch (PlatformException e) {
            return render(me, model, Map.of(), Map.of(), null, messages.problem(e));
        }
    }

    private String render(
            MasterIndex me,
            Model model,
            Map<String, String> form,
            Map<String, String> errors,
            @Nullable String info,
            @Nullable String alert) {
        Map<String, String> shown = new HashMap<>(form);
        shown.remove("phoneCode");
        shown.remove("currentPassword");
        shown.remove("password");
        shown.remove("confirmPassword");
        shown.remove("_csrf");
        model.addAttribute("form", shown);
        model.addAttribute("errors", errors);
        model.addAttribute("info", info);
        model.addAttribute("alert", alert);
        model.addAttribute("phone", phones.maskedPhone(me).orElse("—"));
        model.addAttribute("hasPassword", passwords.hasPassword(me));
        model.addAttribute("active", "settings");
        return "h5/settings";
    }
}
