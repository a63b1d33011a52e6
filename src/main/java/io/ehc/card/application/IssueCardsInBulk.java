package io.ehc.card.application;

import io.ehc.card.CardKind;
import io.ehc.card.CardStatus;
import io.ehc.card.EhcId;
import io.ehc.card.domain.Card;
import io.ehc.card.domain.Cards;
import io.ehc.card.domain.EhcIdDerivation;
import io.ehc.card.domain.IssuancePolicy;
import io.ehc.identity.DocumentedResident;
import io.ehc.identity.MasterIndex;
import io.ehc.identity.ResidentLookup;
import io.ehc.shared.Channel;
import io.ehc.shared.Node;
import io.ehc.shared.crypto.KeyPurpose;
import io.ehc.shared.crypto.KeyRing;
import io.ehc.shared.error.InvalidInput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 批量发卡: issues formal cards to many registered residents at once, for loading a synthetic region or migrating
 * from another platform. The same derivation (DOMAIN.md §2) and review policy as {@link ApplyForCard}; the issuance
 * time is given, and a card may carry one later change of state (lost, frozen, cancelled) with its time. Residents
 * that already hold a card, have no document or do not exist are skipped. Cards, their histories and the
 * statistics rollup are written in one transaction; no {@code CardIssued} event is published (as for a bulk import
 * of residents, a bulk load is not a stream of counter issuances).
 */
@Service
public class IssueCardsInBulk {
    /** A card to issue: to whom, through which channel and institution, when; optionally a later change. */
    public record Request(
            MasterIndex masterIndex,
            String channel,
            @Nullable String institution,
            Instant issuedAt,
            @Nullable CardStatus laterStatus,
            @Nullable Instant changedAt) {}

    /** A card issued by the call, as it stands after its history. */
    public record Issued(
            EhcId ehcId,
            MasterIndex masterIndex,
            String homeRegion,
            CardStatus status,
            Instant issuedAt,
            @Nullable Instant changedAt) {}

    private final Cards cards;
    private final ResidentLookup residents;
    private final KeyRing keys;
    private final Node node;
    private final IssuancePolicy policy;

    IssueCardsInBulk(
            Cards cards,
            ResidentLookup residents,
            KeyRing keys,
            Node node,
            @Value("${ehc.card.review-channels:0100}") Set<String> reviewChannels,
            @Value("${ehc.card.review-document-types:03,04,05,06,07,99}") Set<String> reviewTypes) {
        this.cards = cards;
        this.residents = residents;
        this.keys = keys;
        this.node = node;
        this.policy = new IssuancePolicy(reviewChannels, reviewTypes);
    }

    @Transactional
    public List<Issued> issue(List<Request> requests, String actor) {
        Map<MasterIndex, Request> byResident = new HashMap<>();
        for (Request r : requests) {
            Channel.ofCode(r.channel());
            if ((r.laterStatus() == null) != (r.changedAt() == null))
                throw new InvalidInput("changedAt", "is given with laterStatus and only then");
            if (r.changedAt() != null && !r.changedAt().isAfter(r.issuedAt()))
                throw new InvalidInput("changedAt", "must be after issuedAt");
            byResident.put(r.masterIndex(), r);
        }
        Set<String> holding = cards.holdingCards(
                byResident.keySet().stream().map(MasterIndex::value).toList());
        byte[] root = keys.current(KeyPurpose.ROOT).material();
        List<Cards.Issuance> issuances = new ArrayList<>(byResident.size());
        List<Issued> issued = new ArrayList<>(byResident.size());
        for (DocumentedResident resident : residents.documents(byResident.keySet())) {
            if (holding.contains(resident.masterIndex().value())) continue;
            Request r = byResident.get(resident.masterIndex());
            String type = resident.document().type();
            EhcId ehcId = EhcIdDerivation.derive(
                    root,
                    resident.masterIndex().value(),
                    type,
                    resident.document().number());
            Card card = Card.issue(
                    ehcId,
                    resident.masterIndex().value(),
                    CardKind.FORMAL,
                    policy.needsReview(r.channel(), type),
                    resident.homeRegion(),
                    node.issuerCode(),
                    r.channel(),
                    r.institution(),
                    r.issuedAt());
            List<Card.Transition> history = new ArrayList<>(2);
            history.add(card.issued(actor));
            if (r.laterStatus() != null && r.changedAt() != null) history.add(change(card, r, actor));
            issuances.add(new Cards.Issuance(card, history));
            issued.add(new Issued(
                    ehcId, resident.masterIndex(), resident.homeRegion(), card.status(), r.issuedAt(), r.changedAt()));
        }
        cards.addAll(issuances);
        return issued;
    }

    private static Card.Transition change(Card card, Request r, String actor) {
        Instant at = r.changedAt();
        return switch (r.laterStatus()) {
            case LOST -> card.reportLost(actor, "bulk load", at);
            case FROZEN -> card.freeze(actor, "bulk load", at);
            case CANCELLED -> card.cancel(actor, "bulk load", at);
            default -> throw new InvalidInput("laterStatus", "must be LOST, FROZEN or CANCELLED");
        };
    }
}
