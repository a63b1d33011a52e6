package io.ehc.card.domain;

import io.ehc.card.EhcId;
import java.util.List;
import java.util.Optional;

/** The card store; every save also appends the transition to the card's history. */
public interface Cards {
    /** Inserts unless the resident already holds a card; returns the card the resident holds afterwards. */
    Card addIfAbsent(Card card, Card.Transition issued);

    Optional<Card> find(EhcId ehcId);

    Optional<Card> findByMasterIndex(String masterIndex);

    /** Saves a changed card if nobody changed it since it was read; false otherwise. */
    boolean save(Card card, Card.Transition transition);

    void record(EhcId ehcId, Card.Transition transition);

    List<Card.Transition> history(EhcId ehcId);

    List<EhcId> mergedFrom(EhcId ehcId);
}
