package io.ehc.card.domain;

import io.ehc.card.EhcId;
import java.util.List;
import java.util.Optional;

/**
 * The card store; every save also appends the transition to the card's history and counts it in the statistics
 * rollup, in the same transaction.
 */
public interface Cards {
    /** A card as it stands after its history, the first entry being its issuance; for bulk loading. */
    record Issuance(Card card, List<Card.Transition> history) {}

    /** Inserts unless the resident already holds a card; returns the card the resident holds afterwards. */
    Card addIfAbsent(Card card, Card.Transition issued);

    Optional<Card> find(EhcId ehcId);

    Optional<Card> findByMasterIndex(String masterIndex);

    /** Cards waiting for review (待审核) that an institution issued, oldest first, at most {@code limit}. */
    List<Card> pendingReview(String institutionCode, int limit);

    /** Saves a changed card if nobody changed it since it was read; false otherwise. */
    boolean save(Card card, Card.Transition transition);

    void record(EhcId ehcId, Card.Transition transition);

    List<Card.Transition> history(EhcId ehcId);

    List<EhcId> mergedFrom(EhcId ehcId);

    /** Which of these residents already hold a card. */
    java.util.Set<String> holdingCards(java.util.Collection<String> masterIndexes);

    /** Inserts new cards with their histories in the caller's transaction (COPY); none may exist yet. */
    void addAll(List<Issuance> issuances);
}
