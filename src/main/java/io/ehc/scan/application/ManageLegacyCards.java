package io.ehc.scan.application;

import io.ehc.card.CardLookup;
import io.ehc.card.CardStatus;
import io.ehc.card.CardView;
import io.ehc.card.EhcId;
import io.ehc.scan.domain.LegacyCardScheme;
import io.ehc.scan.domain.LegacyCards;
import io.ehc.shared.error.Conflict;
import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.InvalidInput;
import io.ehc.shared.error.NotFound;
import io.ehc.shared.error.PlatformException;
import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 就诊卡对照: an institution binds its own patient card numbers to EHC IDs, so that a patient who shows the old card
 * is the same patient as the one who shows the health code. Bindings are per institution; unbinding keeps the
 * history.
 */
@Service
public class ManageLegacyCards {
    /** A binding as the institution sees it. */
    public record Binding(String institutionCode, String legacyId, String ehcId) {}

    private final LegacyCards legacyCards;
    private final CardLookup cards;
    private final ScanCode scans;
    private final Clock clock;

    ManageLegacyCards(LegacyCards legacyCards, CardLookup cards, ScanCode scans, Clock clock) {
        this.legacyCards = legacyCards;
        this.cards = cards;
        this.scans = scans;
        this.clock = clock;
    }

    /** Binds a legacy card number to a card; binding the same pair again is a no-op, to another card a conflict. */
    @Transactional
    public Binding bind(String institutionCode, String legacyId, String ehcId, String by) {
        checkNumber(institutionCode, legacyId);
        CardView card = cards.findByEhcId(new EhcId(ehcId))
                .orElseThrow(() -> new NotFound(ErrorCodes.NOT_REGISTERED, "no card with this EHC ID"));
        if (card.status() != CardStatus.ACTIVE)
            throw new PlatformException(
                    ErrorCodes.CARD_STATE_CONFLICT, 409, "only an active card can be bound to a patient card number");
        Optional<String> bound = legacyCards.boundCard(institutionCode, legacyId);
        if (bound.isPresent()) return sameOrConflict(institutionCode, legacyId, ehcId, bound.get());
        if (!legacyCards.bind(institutionCode, legacyId, ehcId, clock.instant(), by))
            return sameOrConflict(
                    institutionCode,
                    legacyId,
                    ehcId,
                    legacyCards.boundCard(institutionCode, legacyId).orElse(""));
        return new Binding(institutionCode, legacyId, ehcId);
    }

    private static Binding sameOrConflict(String institutionCode, String legacyId, String ehcId, String bound) {
        if (!bound.equals(ehcId))
            throw new Conflict(ErrorCodes.CONFLICT, "this patient card number is bound to another health card");
        return new Binding(institutionCode, legacyId, ehcId);
    }

    @Transactional
    public void unbind(String institutionCode, String legacyId, String by) {
        LegacyCardScheme.checkNumber(legacyId);
        if (!legacyCards.unbind(institutionCode, legacyId, clock.instant(), by))
            throw new NotFound(ErrorCodes.NOT_FOUND, "this patient card number is not bound");
    }

    public Binding lookUp(String institutionCode, String legacyId) {
        LegacyCardScheme.checkNumber(legacyId);
        return legacyCards
                .boundCard(institutionCode, legacyId)
                .map(ehcId -> new Binding(institutionCode, legacyId, ehcId))
                .orElseThrow(() -> new NotFound(ErrorCodes.NOT_FOUND, "this patient card number is not bound"));
    }

    public Optional<LegacyCardScheme> scheme(String institutionCode) {
        return legacyCards.scheme(institutionCode);
    }

    /** Sets the pattern of the institution's card numbers; the scan entry recognises them from then on. */
    @Transactional
    public LegacyCardScheme setScheme(String institutionCode, String pattern, @Nullable String description, String by) {
        LegacyCardScheme scheme = new LegacyCardScheme(institutionCode, pattern, description);
        legacyCards.saveScheme(scheme, clock.instant(), by);
        scans.forgetScheme(institutionCode);
        return scheme;
    }

    private void checkNumber(String institutionCode, String legacyId) {
        LegacyCardScheme.checkNumber(legacyId);
        Optional<LegacyCardScheme> scheme = legacyCards.scheme(institutionCode);
        if (scheme.isPresent() && !scheme.get().compiled().matcher(legacyId).matches())
            throw new InvalidInput("legacyId", "does not match the institution's patient card number pattern");
    }
}
