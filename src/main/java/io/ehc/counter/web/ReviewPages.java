package io.ehc.counter.web;

import io.ehc.counter.application.ReviewPendingCards;
import io.ehc.counter.domain.Workstation;
import io.ehc.shared.error.InvalidInput;
import io.ehc.shared.error.NotFound;
import io.ehc.shared.error.PlatformException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 待审核: the cards issued at the staff member's institution that wait for review, each approved (reason optional) or
 * rejected (reason required, shown next to its field when missing). The card history records who, when and why.
 */
@Controller
class ReviewPages {
    private final Seats seats;
    private final ReviewPendingCards review;
    private final CounterTexts texts;

    ReviewPages(Seats seats, ReviewPendingCards review, CounterTexts texts) {
        this.seats = seats;
        this.review = review;
        this.texts = texts;
    }

    @GetMapping("/counter/pending")
    String page(Authentication auth, Model model) {
        Workstation ws = seats.seat(auth, model);
        if (ws == null) return Seats.UNBOUND;
        return render(ws, model, null, Map.of(), null);
    }

    @PostMapping("/counter/pending/{ehcId}/approve")
    String approve(
            @PathVariable String ehcId,
            @RequestParam(required = false) @Nullable String reason,
            Authentication auth,
            Model model,
            RedirectAttributes flash) {
        Workstation ws = seats.seat(auth, model);
        if (ws == null) return Seats.UNBOUND;
        try {
            review.approve(ws, ehcId, reason);
            flash.addFlashAttribute("done", texts.text("counter.pending.approved", "counter.pending.approved"));
            return "redirect:/counter/pending";
        } catch (PlatformException e) {
            return refused(ws, model, ehcId, e);
        }
    }

    @PostMapping("/counter/pending/{ehcId}/reject")
    String reject(
            @PathVariable String ehcId,
            @RequestParam(required = false) @Nullable String reason,
            Authentication auth,
            Model model,
            RedirectAttributes flash) {
        Workstation ws = seats.seat(auth, model);
        if (ws == null) return Seats.UNBOUND;
        try {
            review.reject(ws, ehcId, reason);
            flash.addFlashAttribute("done", texts.text("counter.pending.rejected", "counter.pending.rejected"));
            return "redirect:/counter/pending";
        } catch (PlatformException e) {
            return refused(ws, model, ehcId, e);
        }
    }

    private String refused(Workstation ws, Model model, String ehcId, PlatformException e) {
        if (e instanceof InvalidInput i && i.field().equals("reason"))
            return render(ws, model, ehcId, Map.of("reason", texts.field(i)), null);
        String alert =
                e instanceof NotFound ? texts.text("counter.pending.gone", "counter.pending.gone") : texts.problem(e);
        return render(ws, model, null, Map.of(), alert);
    }

    private String render(
            Workstation ws, Model model, @Nullable String row, Map<String, String> errors, @Nullable String alert) {
        List<ReviewPendingCards.PendingCard> cards = review.pending(ws);
        Map<String, String> issuedAt = new HashMap<>();
        for (ReviewPendingCards.PendingCard c : cards)
            issuedAt.put(c.ehcId(), seats.shown(c.issuedAt(), "yyyy-MM-dd HH:mm"));
        model.addAttribute("cards", cards);
        model.addAttribute("issuedAt", issuedAt);
        model.addAttribute("errorRow", row);
        model.addAttribute("errors", errors);
        model.addAttribute("alert", alert);
        return "counter/pending";
    }
}
