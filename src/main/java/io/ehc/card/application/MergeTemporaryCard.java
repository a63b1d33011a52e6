package io.ehc.card.application;

import io.ehc.card.EhcId;
import io.ehc.card.domain.Card;
import io.ehc.card.domain.Cards;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 临时卡合并: once the holder of a temporary card has a formal card, the temporary card is merged into it. Use
 * records stay as they were written (append-only); the formal card's history includes them through the merge link.
 */
@Service
public class MergeTemporaryCard {
    private final CardChanges changes;
    private final Cards cards;
    private final Clock clock;

    MergeTemporaryCard(CardChanges changes, Cards cards, Clock clock) {
        this.changes = changes;
        this.cards = cards;
        this.clock = clock;
    }

    @Transactional
    public Card merge(EhcId temporary, EhcId formal, String actor) {
        Card temp = changes.load(temporary);
        Card target = changes.load(formal);
        Card.Transition t = temp.mergeInto(target, actor, clock.instant());
        changes.save(temp, t);
        cards.record(target.ehcId(), target.absorbed(temp, actor, t.at()));
        return target;
    }
}
