package io.ehc.card.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ehc.card.CardKind;
import io.ehc.card.CardStatus;
import io.ehc.card.EhcId;
import io.ehc.shared.error.PlatformException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CardTest {
    static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");

    static Card aCard(CardKind kind, boolean review) {
        return Card.issue(
                new EhcId("A".repeat(64)), "B".repeat(64), kind, review, "430102", "43000000001", "0100", null, NOW);
    }

    @Test
    void reissueAfterLossKeepsTheIdAndStartsANewGeneration() {
        Card card = aCard(CardKind.FORMAL, false);
        card.reportLost("clerk", "phone lost", NOW);
        Card.Transition t = card.reissue("clerk", null, NOW);
        assertThat(card.status()).isEqualTo(CardStatus.ACTIVE);
        assertThat(card.generation()).isEqualTo(1);
        assertThat(t.from()).isEqualTo(CardStatus.LOST);
        assertThat(card.ehcId().value()).isEqualTo("A".repeat(64));
    }

    @Test
    void restoresACancelledCardWithANewGeneration() {
        Card card = aCard(CardKind.FORMAL, false);
        card.cancel("admin", "moved away", NOW);
        card.restore(false, "resident", NOW);
        assertThat(card.status()).isEqualTo(CardStatus.ACTIVE);
        assertThat(card.generation()).isEqualTo(1);
    }

    @Test
    void pendingCardsNeedApproval() {
        Card card = aCard(CardKind.FORMAL, true);
        assertThat(card.status()).isEqualTo(CardStatus.PENDING_REVIEW);
        assertThatThrownBy(() -> card.reportLost("x", null, NOW)).isInstanceOf(PlatformException.class);
        card.approve("reviewer", null, NOW);
        assertThat(card.status()).isEqualTo(CardStatus.ACTIVE);
    }

    @Test
    void refusesToReportAFrozenCardLost() {
        Card card = aCard(CardKind.FORMAL, false);
        card.freeze("admin", "investigation", NOW);
        assertThatThrownBy(() -> card.reportLost("x", null, NOW))
                .isInstanceOf(PlatformException.class)
                .extracting(e -> ((PlatformException) e).code())
                .isEqualTo("2006");
    }

    @Test
    void mergesOnlyTemporaryIntoFormalCards() {
        Card temp = aCard(CardKind.TEMPORARY, false);
        Card formal = Card.issue(
                new EhcId("C".repeat(64)),
                "D".repeat(64),
                CardKind.FORMAL,
                false,
                "430102",
                "43000000001",
                "0100",
                null,
                NOW);
        assertThatThrownBy(() -> formal.mergeInto(temp, "x", NOW)).isInstanceOf(PlatformException.class);
        temp.mergeInto(formal, "clerk", NOW);
        assertThat(temp.status()).isEqualTo(CardStatus.MERGED);
        assertThat(temp.mergedInto()).isEqualTo(formal.ehcId());
    }
}
