package io.ehc.card.application;

import io.ehc.card.EhcId;
import io.ehc.card.domain.Card;
import io.ehc.card.domain.Cards;
import io.ehc.card.events.CardStateChanged;
import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.NotFound;
import io.ehc.shared.error.PlatformException;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Loads a card, applies one transition, saves it with its history entry and publishes the change. */
@Component
class CardChanges {
    private final Cards cards;
    private final ApplicationEventPublisher events;

    CardChanges(Cards cards, ApplicationEventPublisher events) {
        this.cards = cards;
        this.events = events;
    }

    Card load(EhcId ehcId) {
        return cards.find(ehcId).orElseThrow(() -> new NotFound(ErrorCodes.NOT_REGISTERED, "no such card"));
    }

    Card apply(EhcId ehcId, Function<Card, Card.Transition> change) {
        Card card = load(ehcId);
        Card.Transition t = change.apply(card);
        save(card, t);
        return card;
    }

    void save(Card card, Card.Transition t) {
        if (!cards.save(card, t))
            throw new PlatformException(ErrorCodes.CONFLICT, 409, "the card was changed concurrently; read it again");
        publish(card, t);
    }

    void publish(Card card, Card.Transition t) {
        events.publishEvent(new CardStateChanged(
                card.ehcId().value(),
                t.type(),
                t.from() == null ? null : t.from().name(),
                t.to().name(),
                t.generation(),
                t.actor(),
                t.at()));
    }
}
