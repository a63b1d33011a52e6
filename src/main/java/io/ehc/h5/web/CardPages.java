package io.ehc.h5.web;

import io.ehc.h5.application.H5Settings;
import io.ehc.h5.application.Household;
import io.ehc.h5.application.ShownCodes;
import io.ehc.identity.MasterIndex;
import io.ehc.shared.error.PlatformException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 我的卡: the card of the signed-in resident or of a member they look after, with its dynamic code (drawn by the
 * server once per code, refreshed by static/js/h5-code.js before it expires) and static code; applying, reporting
 * lost and reissuing. Every URL names the person, who must be one of the resident's own ({@link Household#person}).
 */
@Controller
class CardPages {
    private final Household household;
    private final ShownCodes codes;
    private final H5Settings settings;
    private final Clock clock;
    private final PageMessages messages;

    CardPages(Household household, ShownCodes codes, H5Settings settings, Clock clock, PageMessages messages) {
        this.household = household;
        this.codes = codes;
        this.settings = settings;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/h5/card")
    String mine(Authentication auth, @RequestParam(defaultValue = "dynamic") String code, Model model) {
        MasterIndex me = H5Sessions.me(auth);
        return render(me, me.value(), code, model);
    }

    @GetMapping("/h5/members/{id}/card")
    String member(
            Authentication auth,
            @PathVariable String id,
            @RequestParam(defaultValue = "dynamic") String code,
            Model model) {
        return render(H5Sessions.me(auth), id, code, model);
    }

    private String render(MasterIndex me, String id, String code, Model model) {
        Household.Person person = household.person(me, id);
        List<Household.Person> people = household.of(me);
        model.addAttribute("person", person);
        model.addAttribute("people", people);
        model.addAttribute("codeView", code.equals("static") ? "static" : "dynamic");
        model.addAttribute("refreshSeconds", Math.max(3, settings.codeRefresh().toSeconds() - 3));
        model.addAttribute("active", "card");
        return "h5/card";
    }

    /** The person's dynamic code as JSON: text, image (data URI), expiry and the server's time (for the countdown). */
    @GetMapping(value = "/h5/members/{id}/codes/dynamic", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> dynamic(
            Authentication auth, @PathVariable String id, @RequestParam(defaultValue = "false") boolean fresh) {
        Household.Person person = household.person(H5Sessions.me(auth), id);
        try {
            ShownCodes.Shown shown = codes.dynamic(person, fresh);
            return ResponseEntity.ok()
                    .cacheControl(CacheControl.noStore())
                    .body(Map.of(
                            "text", shown.text(),
                            "image", shown.image(),
                            "type", shown.type(),
                            "expiresAt", shown.expiresAt().toEpochMilli(),
                            "now", clock.instant().toEpochMilli(),
                            "validSeconds", shown.validSeconds()));
        } catch (PlatformException e) {
            return ResponseEntity.status(e.status())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Map.of("code", e.code(), "status", e.status(), "title", messages.problem(e)));
        }
    }

    /** The static code's image; cached by the browser for a while (its URL names the card generation). */
    @GetMapping(value = "/h5/members/{id}/codes/static.svg")
    ResponseEntity<String> staticCode(Authentication auth, @PathVariable String id) {
        Household.Person person = household.person(H5Sessions.me(auth), id);
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("image/svg+xml"))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePrivate())
                .body(codes.staticSvg(person));
    }

    @PostMapping("/h5/members/{id}/card/apply")
    String apply(Authentication auth, @PathVariable String id, RedirectAttributes flash) {
        household.applyForCard(H5Sessions.me(auth), id);
        flash.addFlashAttribute("done", messages.text("h5.card.applied", ""));
        return "redirect:/h5/members/" + id + "/card";
    }

    @PostMapping("/h5/members/{id}/card/lost")
    String lost(
            Authentication auth,
            @PathVariable String id,
            @RequestParam(defaultValue = "") String confirm,
            RedirectAttributes flash) {
        Household.Person person = household.person(H5Sessions.me(auth), id);
        if (!confirm.equals("yes")) {
            flash.addFlashAttribute("lostError", messages.text("h5.card.lost.confirmFirst", ""));
            return "redirect:/h5/members/" + person.id() + "/card";
        }
        household.reportLost(H5Sessions.me(auth), id);
        flash.addFlashAttribute("done", messages.text("h5.card.lost.done", ""));
        return "redirect:/h5/members/" + person.id() + "/card";
    }

    @PostMapping("/h5/members/{id}/card/reissue")
    String reissue(Authentication auth, @PathVariable String id, RedirectAttributes flash) {
        household.reissue(H5Sessions.me(auth), id);
        flash.addFlashAttribute("done", messages.text("h5.card.reissued", ""));
        return "redirect:/h5/members/" + id + "/card";
    }
}
