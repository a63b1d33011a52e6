package io.ehc.card.application;

import io.ehc.card.EhcId;
import io.ehc.card.domain.Card;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The guarded transitions of a card after issuance: review (审核), loss (挂失), reissue (补卡), freezing (冻结) and
 * cancellation (注销). Each records who, when and why and publishes {@code CardStateChanged}.
 */
@Service
public class ChangeCardState {
    private final CardChanges changes;
    private final Clock clock;

    ChangeCardState(CardChanges changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public Card approve(EhcId id, String actor, @Nullable String reason) {
        return changes.apply(id, c -> c.approve(actor, reason, clock.instant()));
    }

    @Transactional
    public Card reject(EhcId id, String actor, String reason) {
        return changes.apply(id, c -> c.reject(actor, reason, clock.instant()));
    }

    @Transactional
    public Card reportLost(EhcId id, String actor, @Nullable String reason) {
        return changes.apply(id, c -> c.reportLost(actor, reason, clock.instant()));
    }

    /** Keeps the EHC ID and starts a new generation: every earlier QR code is refused from now on. */
    @Transactional
    public Card reissue(EhcId id, String actor, @Nullable String reason) {
        return changes.apply(id, c -> c.reissue(actor, reason, clock.instant()));
    }

    @Transactional
    public Card freeze(EhcId id, String actor, String reason) {
        return changes.apply(id, c -> c.freeze(actor, reason, clock.instant()));
    }

    @Transactional
    public Card unfreeze(EhcId id, String actor, @Nullable String reason) {
        return changes.apply(id, c -> c.unfreeze(actor, reason, clock.instant()));
    }

    @Transactional
    public Card cancel(EhcId id, String actor, String reason) {
        return changes.apply(id, c -> c.cancel(actor, reason, clock.instant()));
    }
}
