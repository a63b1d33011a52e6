package io.ehc.card.application;

import io.ehc.card.CardKind;
import io.ehc.card.CardStatus;
import io.ehc.card.EhcId;
import io.ehc.card.domain.Card;
import io.ehc.card.domain.Cards;
import io.ehc.card.domain.EhcIdDerivation;
import io.ehc.card.domain.IssuancePolicy;
import io.ehc.card.events.CardIssued;
import io.ehc.identity.IdentityDocument;
import io.ehc.identity.MasterIndex;
import io.ehc.identity.ResidentLookup;
import io.ehc.identity.ResidentSummary;
import io.ehc.identity.TemporaryRegistration;
import io.ehc.shared.Channel;
import io.ehc.shared.Node;
import io.ehc.shared.crypto.KeyPurpose;
import io.ehc.shared.crypto.KeyRing;
import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.NotFound;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 申领: issues the resident's card. Applying again returns the existing card; applying after cancellation restores it
 * (DOMAIN.md §3). Temporary cards (临时卡) go to people without documents and are merged later.
 */
@Service
public class ApplyForCard {
    /** The card the resident holds and whether this call issued or restored it. */
    public record Application(Card card, boolean changed) {
        /** The card as other modules see it. */
        public io.ehc.card.CardView view() {
            return CardDirectory.view(card);
        }
    }

    private final Cards cards;
    private final CardChanges changes;
    private final ResidentLookup residents;
    private final TemporaryRegistration registration;
    private final KeyRing keys;
    private final Node node;
    private final IssuancePolicy policy;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ApplyForCard(
            Cards cards,
            CardChanges changes,
            ResidentLookup residents,
            TemporaryRegistration registration,
            KeyRing keys,
            Node node,
            Clock clock,
            ApplicationEventPublisher events,
            @Value("${ehc.card.review-channels:0100}") Set<String> reviewChannels,
            @Value("${ehc.card.review-document-types:03,04,05,06,07,99}") Set<String> reviewTypes) {
        this.cards = cards;
        this.changes = changes;
        this.residents = residents;
        this.registration = registration;
        this.keys = keys;
        this.node = node;
        this.clock = clock;
        this.events = events;
        this.policy = new IssuancePolicy(reviewChannels, reviewTypes);
    }

    @Transactional
    public Application apply(MasterIndex mi, String channel, @Nullable String institution, String actor) {
        Channel.ofCode(channel);
        ResidentSummary resident =
                residents.summary(mi).orElseThrow(() -> new NotFound(ErrorCodes.NOT_REGISTERED, "no such resident"));
        if (resident.temporary())
            throw new io.ehc.shared.error.InvalidInput("masterIndex", "a temporary person gets a temporary card");
        IdentityDocument doc = residents.document(mi).orElseThrow();
        boolean review = policy.needsReview(channel, doc.type());
        var existing = cards.findByMasterIndex(mi.value());
        if (existing.isPresent()) {
            Card card = existing.get();
            if (card.status() != CardStatus.CANCELLED) return new Application(card, false);
            Card.Transition t = card.restore(review, actor, clock.instant());
            changes.save(card, t);
            return new Application(card, true);
        }
        EhcId ehcId =
                EhcIdDerivation.derive(keys.current(KeyPurpose.ROOT).material(), mi.value(), doc.type(), doc.number());
        return issue(
                Card.issue(
                        ehcId,
                        mi.value(),
                        CardKind.FORMAL,
                        review,
                        resident.homeRegion(),
                        node.issuerCode(),
                        channel,
                        institution,
                        clock.instant()),
                actor);
    }

    /** Registers a person without documents and issues a temporary card, active at once. */
    @Transactional
    public Application issueTemporary(
            String name,
            String sex,
            LocalDate birthDate,
            @Nullable String phone,
            String homeRegion,
            String channel,
            @Nullable String institution,
            String actor) {
        Channel.ofCode(channel);
        MasterIndex mi = registration.registerTemporary(name, sex, birthDate, phone, homeRegion, actor);
        EhcId ehcId = EhcIdDerivation.derive(
                keys.current(KeyPurpose.ROOT).material(),
                mi.value(),
                "99",
                "TMP" + mi.value().substring(0, 16));
        return issue(
                Card.issue(
                        ehcId,
                        mi.value(),
                        CardKind.TEMPORARY,
                        false,
                        homeRegion,
                        node.issuerCode(),
                        channel,
                        institution,
                        clock.instant()),
                actor);
    }

    private Application issue(Card card, String actor) {
        Card held = cards.addIfAbsent(card, card.issued(actor));
        if (held != card) return new Application(held, false);
        events.publishEvent(new CardIssued(
                card.ehcId().value(),
                card.masterIndex(),
                card.kind().name(),
                card.status().name(),
                card.homeRegion(),
                card.issueChannel(),
                card.issueInstitution(),
                card.issuedAt()));
        return new Application(card, true);
    }
}
