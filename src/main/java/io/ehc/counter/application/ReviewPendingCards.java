package io.ehc.counter.application;

import io.ehc.card.CardStatus;
import io.ehc.card.CardView;
import io.ehc.card.EhcId;
import io.ehc.card.application.CardDirectory;
import io.ehc.card.application.ChangeCardState;
import io.ehc.counter.domain.Workstation;
import io.ehc.identity.MasterIndex;
import io.ehc.identity.ResidentLookup;
import io.ehc.identity.ResidentSummary;
import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.InvalidInput;
import io.ehc.shared.error.NotFound;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * 审核: the cards issued at the staff member's institution that wait for review, approved or rejected by the staff
 * member. The card module records who, when and why; a card of another institution, or one no longer pending, is
 * not found here.
 */
@Service
public class ReviewPendingCards {
    static final int SHOWN = 100;

    /** A pending card as the review list shows it: the name to identify the person, the document masked. */
    public record PendingCard(
            String ehcId,
            String name,
            @Nullable String documentType,
            @Nullable String maskedDocument,
            String homeRegion,
            Instant issuedAt) {
        @Override
        public String toString() {
            return "PendingCard[" + ehcId + "]";
        }
    }

    private final CardDirectory cards;
    private final ChangeCardState changes;
    private final ResidentLookup residents;

    ReviewPendingCards(CardDirectory cards, ChangeCardState changes, ResidentLookup residents) {
        this.cards = cards;
        this.changes = changes;
        this.residents = residents;
    }

    /** The oldest pending cards of the workstation's institution (at most 100). */
    public List<PendingCard> pending(Workstation at) {
        return cards.pendingReview(at.institutionCode(), SHOWN).stream()
                .map(this::shown)
                .toList();
    }

    public void approve(Workstation at, String ehcId, @Nullable String reason) {
        EhcId id = pendingHere(at, ehcId);
        changes.approve(id, at.actor(), blankToNull(reason));
    }

    public void reject(Workstation at, String ehcId, @Nullable String reason) {
        String why = blankToNull(reason);
        if (why == null) throw InvalidInput.missing("reason");
        if (why.length() > 200) throw new InvalidInput("reason", "must be at most 200 characters");
        EhcId id = pendingHere(at, ehcId);
        changes.reject(id, at.actor(), why);
    }

    private EhcId pendingHere(Workstation at, String ehcId) {
        EhcId id;
        try {
            id = new EhcId(ehcId);
        } catch (InvalidInput e) {
            throw notHere();
        }
        CardView card = cards.findByEhcId(id).orElseThrow(ReviewPendingCards::notHere);
        if (card.status() != CardStatus.PENDING_REVIEW || !at.institutionCode().equals(card.issueInstitution()))
            throw notHere();
        return id;
    }

    private PendingCard shown(CardView card) {
        ResidentSummary r =
                residents.summary(new MasterIndex(card.masterIndex())).orElse(null);
        return new PendingCard(
                card.ehcId().value(),
                r == null ? "?" : r.name(),
                r == null ? null : r.documentType(),
                r == null ? null : r.maskedDocument(),
                card.homeRegion(),
                card.issuedAt());
    }

    private static NotFound notHere() {
        return new NotFound(ErrorCodes.NOT_FOUND, "no card of this institution waits for review under this ID");
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
