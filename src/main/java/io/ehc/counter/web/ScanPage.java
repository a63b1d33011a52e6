package io.ehc.counter.web;

import io.ehc.counter.application.ScanAtCounter;
import io.ehc.counter.domain.Workstation;
import io.ehc.scan.application.ScanResult;
import io.ehc.shared.error.PlatformException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 扫码识别: the camera (where the browser allows it, see {@code static/js/counter-scan.js}) or the keyboard (a
 * scanner gun types too) gives the text; the answer shows the recognised kind, where it was routed and the patient,
 * or the refusal with its code. The text is never shown back nor logged: it may be a payment code.
 */
@Controller
class ScanPage {
    /** What the counter scans for, in the order the page lists them (the scan entry's purposes less paying). */
    static final List<String> PURPOSES =
            List.of("identify", "register", "consult", "exam", "pick_up_medicine", "admit");

    private final Seats seats;
    private final ScanAtCounter scans;
    private final CounterTexts texts;

    ScanPage(Seats seats, ScanAtCounter scans, CounterTexts texts) {
        this.seats = seats;
        this.scans = scans;
        this.texts = texts;
    }

    @GetMapping({"/counter", "/counter/"})
    String home() {
        return "redirect:/counter/scan";
    }

    @GetMapping("/counter/scan")
    String page(Authentication auth, Model model) {
        if (seats.seat(auth, model) == null) return Seats.UNBOUND;
        return render(model, "identify", null, null, null);
    }

    @PostMapping("/counter/scan")
    String scan(
            @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "identify") String purpose,
            Authentication auth,
            Model model) {
        Workstation ws = seats.seat(auth, model);
        if (ws == null) return Seats.UNBOUND;
        String p = PURPOSES.contains(purpose) ? purpose : "identify";
        if (text.isBlank()) return render(model, p, null, null, texts.text("counter.scan.empty", "counter.scan.empty"));
        try {
            return render(model, p, scans.scan(ws, text, p), null, null);
        } catch (PlatformException refused) {
            return render(model, p, null, refused, null);
        }
    }

    private String render(
            Model model,
            String purpose,
            @Nullable ScanResult result,
            @Nullable PlatformException refused,
            @Nullable String textError) {
        model.addAttribute("purpose", purpose);
        model.addAttribute("purposes", PURPOSES);
        model.addAttribute("result", result);
        if (result != null && result.cardUse() != null)
            model.addAttribute("usedAt", seats.shown(result.cardUse().usedAt(), "yyyy-MM-dd HH:mm:ss"));
        model.addAttribute("textError", textError);
        if (refused != null) {
            Map<String, Object> d = refused.details();
            model.addAttribute(
                    "refusal",
                    new Refusal(
                            refused.code(),
                            texts.problem(refused),
                            str(d.get("kind")),
                            str(d.get("routedTo")),
                            str(d.get("scanId"))));
        }
        return "counter/scan";
    }

    private static @Nullable String str(@Nullable Object o) {
        return o == null ? null : o.toString();
    }

    /** A refused scan as the page shows it. */
    record Refusal(
            String code,
            String message,
            @Nullable String kind,
            @Nullable String routedTo,
            @Nullable String scanId) {}
}
