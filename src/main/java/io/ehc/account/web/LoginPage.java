package io.ehc.account.web;

import io.ehc.account.StaffPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff sign-in page; the form is processed by Spring Security (see {@link StaffSecurityConfiguration}). */
@Controller
class LoginPage {
    @GetMapping("/login")
    String login(
            @RequestParam(required = false) @Nullable String error,
            @RequestParam(required = false) @Nullable String logout,
            @RequestParam(required = false) @Nullable String expired,
            @Nullable Authentication auth,
            HttpServletRequest request,
            Model model) {
        if (auth != null && auth.getPrincipal() instanceof StaffPrincipal p && error == null) {
            return "redirect:"
                    + (p.isAdmin() ? "/admin/" : p.roles().contains("REGULATOR") ? "/regulator/" : "/counter/");
        }
        HttpSession session = request.getSession(false);
        Object typed = session == null ? null : session.getAttribute(StaffSecurityConfiguration.LOGIN_USERNAME);
        if (session != null) session.removeAttribute(StaffSecurityConfiguration.LOGIN_USERNAME);
        model.addAttribute("username", error != null && typed instanceof String s ? s : "");
        String message = null;
        if (error != null) message = "busy".equals(error) ? "login.error.busy" : "login.error";
        else if (expired != null) message = "login.expired";
        model.addAttribute("errorKey", message);
        model.addAttribute("loggedOut", logout != null);
        return "staff/login";
    }
}
