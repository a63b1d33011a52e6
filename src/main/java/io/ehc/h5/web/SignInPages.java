package io.ehc.h5.web;

import io.ehc.h5.application.H5Settings;
import io.ehc.h5.application.Passwords;
import io.ehc.identity.MasterIndex;
import io.ehc.identity.SmsOutbox;
import io.ehc.identity.application.ResidentSessions;
import io.ehc.shared.error.InvalidInput;
import io.ehc.shared.error.PlatformException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * 登录: a one-time code to the registered mobile number, or the resident's password. Every answer to a code request
 * reads the same whether or not the number is registered; wrong codes and passwords answer alike.
 */
@Controller
class SignInPages {
    private final ResidentSessions otp;
    private final Passwords passwords;
    private final H5Sessions sessions;
    private final PageMessages messages;
    private final ObjectProvider<SmsOutbox> outbox;
    private final H5Settings settings;

    SignInPages(
            ResidentSessions otp,
            Passwords passwords,
            H5Sessions sessions,
            PageMessages messages,
            ObjectProvider<SmsOutbox> outbox,
            H5Settings settings) {
        this.otp = otp;
        this.passwords = passwords;
        this.sessions = sessions;
        this.messages = messages;
        this.outbox = outbox;
        this.settings = settings;
    }

    @GetMapping({"/h5", "/h5/"})
    String start() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean resident =
                auth != null && auth.getAuthorities().stream().anyMatch(a -> "ROLE_RESIDENT".equals(a.getAuthority()));
        return resident ? "redirect:/h5/card" : "redirect:/h5/signin";
    }

    @GetMapping("/h5/signin")
    String page(@RequestParam(defaultValue = "otp") String mode, Model model) {
        return render(model, mode.equals("password") ? "password" : "otp", new HashMap<>(), Map.of(), null, null);
    }

    @PostMapping("/h5/signin/code")
    String sendCode(@RequestParam Map<String, String> form, Model model) {
        try {
            otp.sendCode(form.getOrDefault("phone", ""));
            return render(model, "otp", form, Map.of(), messages.text("h5.signin.codeSent", ""), null);
        } catch (InvalidInput e) {
            return render(model, "otp", form, Map.of("phone", messages.field(e)), null, null);
        } catch (PlatformException e) {
            return render(model, "otp", form, Map.of(), null, messages.problem(e));
        }
    }

    @PostMapping("/h5/signin/otp")
    String withCode(
            @RequestParam Map<String, String> form, Model model, HttpServletRequest req, HttpServletResponse res) {
        Map<String, String> errors = messages.missing(form, "phone", "code");
        if (!errors.isEmpty()) return render(model, "otp", form, errors, null, null);
        try {
            MasterIndex me = otp.verifyCode(form.get("phone"), form.get("code"));
            sessions.signIn(me, req, res);
            return "redirect:/h5/card";
        } catch (InvalidInput e) {
            return render(model, "otp", form, Map.of(e.field(), messages.field(e)), null, null);
        } catch (PlatformException e) {
            return render(model, "otp", form, Map.of("code", messages.problem(e)), null, null);
        }
    }

    @PostMapping("/h5/signin/password")
    String withPassword(
            @RequestParam Map<String, String> form, Model model, HttpServletRequest req, HttpServletResponse res) {
        Map<String, String> errors = messages.missing(form, "phone", "password");
        if (!errors.isEmpty()) return render(model, "password", form, errors, null, null);
        try {
            MasterIndex me = passwords.signIn(form.get("phone"), form.get("password"));
            sessions.signIn(me, req, res);
            return "redirect:/h5/card";
        } catch (InvalidInput e) {
            return render(model, "password", form, Map.of(e.field(), messages.field(e)), null, null);
        } catch (PlatformException e) {
            return render(model, "password", form, Map.of(), null, messages.problem(e));
        }
    }

    /** The SMS simulator's outbox, so a demo can sign in without a phone; absent with a real SMS gateway. */
    @GetMapping("/h5/sms-outbox")
    String outbox(Model model) {
        SmsOutbox box = outbox.getIfAvailable();
        if (box == null || !settings.smsOutboxPage())
            throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
        model.addAttribute("messages", box.recent(20));
        return "h5/outbox";
    }

    @org.springframework.web.bind.annotation.RequestMapping("/h5/refused")
    String refused() {
        return "h5/refused";
    }

    boolean outboxShown() {
        return settings.smsOutboxPage() && outbox.getIfAvailable() != null;
    }

    private String render(
            Model model,
            String mode,
            Map<String, String> form,
            Map<String, String> errors,
            @org.jspecify.annotations.Nullable String info,
            @org.jspecify.annotations.Nullable String alert) {
        Map<String, String> shown = new HashMap<>(form);
        shown.remove("password");
        shown.remove("code");
        shown.remove("_csrf");
        model.addAttribute("mode", mode);
        model.addAttribute("form", shown);
        model.addAttribute("errors", errors);
        model.addAttribute("info", info);
        model.addAttribute("alert", alert);
        model.addAttribute("outbox", outboxShown());
        return "h5/signin";
    }
}
