package io.ehc.h5.web;

import io.ehc.h5.application.NotYours;
import io.ehc.shared.error.PlatformException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors on the resident pages are pages, not problem documents: a friendly localized message by the error's code.
 * A person who is not the resident's own is answered like a page that does not exist (404), naming nothing.
 */
@ControllerAdvice(basePackageClasses = H5Errors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class H5Errors {
    private static final Logger log = LoggerFactory.getLogger(H5Errors.class);
    private final PageMessages messages;

    H5Errors(PageMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotYours.class)
    String notYours(HttpServletResponse res, Model model) {
        return page(res, model, 404, messages.text("h5.error.notFound", ""));
    }

    @ExceptionHandler(ResponseStatusException.class)
    String status(ResponseStatusException e, HttpServletResponse res, Model model) {
        int status = e.getStatusCode().value();
        return page(res, model, status, messages.text(status == 404 ? "h5.error.notFound" : "h5.error.generic", ""));
    }

    @ExceptionHandler({
        org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class,
        org.springframework.web.bind.MissingServletRequestParameterException.class
    })
    String badRequest(HttpServletResponse res, Model model) {
        return page(res, model, 400, messages.text("h5.error.generic", ""));
    }

    @ExceptionHandler(PlatformException.class)
    String platform(PlatformException e, HttpServletResponse res, Model model) {
        return page(res, model, e.status(), messages.problem(e));
    }

    /** A null answer tells Spring MVC the request was handled: nothing more is written. */
    @ExceptionHandler(Exception.class)
    @Nullable
    ModelAndView unexpected(Exception e, HttpServletResponse res) {
        if (e instanceof org.springframework.security.access.AccessDeniedException denied) throw denied;
        if (res.isCommitted()) {
            // Mostly a browser that went away while an answer was being sent (the page renewed its code or was left):
            // there is nobody to answer, and an error page would fail on the stream already in use.
            log.debug(
                    "a resident page's answer broke off after it started: {}",
                    e.getClass().getSimpleName());
            return null;
        }
        log.error("unexpected failure on a resident page: {}", e.getClass().getName());
        log.debug("unexpected failure", e);
        res.setStatus(500);
        return new ModelAndView("h5/error", Map.of("status", 500, "message", messages.text("h5.error.generic", "")));
    }

    private static String page(HttpServletResponse res, Model model, int status, String message) {
        res.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("message", message);
        return "h5/error";
    }
}
