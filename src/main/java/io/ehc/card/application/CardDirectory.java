package io.ehc.card.application;

import io.ehc.card.CardLookup;
import io.ehc.card.CardStatus;
import io.ehc.card.CardView;
import io.ehc.card.EhcId;
import io.ehc.card.domain.Card;
import io.ehc.card.domain.Cards;
import io.ehc.identity.MasterIndex;
import io.ehc.identity.OwnerCardCheck;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Read side of the card module, for other modules and the card API. */
@Service
public class CardDirectory implements CardLookup, OwnerCardCheck {
    private final Cards cards;

    CardDirectory(Cards cards) {
        this.cards = cards;
    }

    @Override
    public Optional<CardView> findByEhcId(EhcId ehcId) {
        return cards.find(ehcId).map(CardDirectory::view);
    }

    @Override
    public Optional<CardView> findByMasterIndex(String masterIndex) {
        return cards.findByMasterIndex(masterIndex).map(CardDirectory::view);
    }

    @Override
    public List<EhcId> mergedFrom(EhcId ehcId) {
        return cards.mergedFrom(ehcId);
    }

    /** Cards an institution issued that wait for review (待审核), oldest first, at most {@code limit}. */
    public List<CardView> pendingReview(String institutionCode, int limit) {
        return cards.pendingReview(institutionCode, limit).stream()
                .map(CardDirectory::view)
                .toList();
    }

    public List<Card.Transition> history(EhcId ehcId) {
        return cards.history(ehcId);
    }

    @Override
    public boolean hasActiveCard(MasterIndex owner) {
        return cards.findByMasterIndex(owner.value())
                .map(c -> c.status() == CardStatus.ACTIVE)
                .orElse(false);
    }

    public static CardView view(Card c) {
        return new CardView(
                c.ehcId(),
                c.masterIndex(),
                c.kind(),
                c.status(),
                c.generation(),
                c.homeRegion(),
                c.issuerCode(),
                c.issueChannel(),
                c.issueInstitution(),
                c.issuedAt(),
                c.mergedInto());
    }
}
