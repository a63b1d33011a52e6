package io.ehc.card.domain;

import io.ehc.card.CardKind;
import io.ehc.card.CardStatus;
import io.ehc.card.EhcId;
import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.PlatformException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * 电子健康卡 aggregate. Each guarded transition returns the {@link Transition} to record. The generation grows on
 * every reissue and restoration: codes carry it, so codes issued before are refused (DOMAIN.md §3 [design]).
 */
public final class Card {
    private final EhcId ehcId;
    private final String masterIndex;
    private final CardKind kind;
    private CardStatus status;
    private int generation;
    private final String homeRegion;
    private final String issuerCode;
    private final String issueChannel;
    private final @Nullable String issueInstitution;
    private final Instant issuedAt;
    private @Nullable EhcId mergedInto;
    private final int version;

    /** A recorded change: what happened, from which state to which, by whom and why. */
    public record Transition(
            String type,
            @Nullable CardStatus from,
            CardStatus to,
            int generation,
            String actor,
            @Nullable String reason,
            Instant at) {}

    public Card(
            EhcId ehcId,
            String masterIndex,
            CardKind kind,
            CardStatus status,
            int generation,
            String homeRegion,
            String issuerCode,
            String issueChannel,
            @Nullable String issueInstitution,
            Instant issuedAt,
            @Nullable EhcId mergedInto,
            int version) {
        this.ehcId = ehcId;
        this.masterIndex = masterIndex;
        this.kind = kind;
        this.status = status;
        this.generation = generation;
        this.homeRegion = homeRegion;
        this.issuerCode = issuerCode;
        this.issueChannel = issueChannel;
        this.issueInstitution = issueInstitution;
        this.issuedAt = issuedAt;
        this.mergedInto = mergedInto;
        this.version = version;
    }

    public static Card issue(
            EhcId ehcId,
            String masterIndex,
            CardKind kind,
            boolean needsReview,
            String homeRegion,
            String issuerCode,
            String channel,
            @Nullable String institution,
            Instant at) {
        return new Card(
                ehcId,
                masterIndex,
                kind,
                needsReview ? CardStatus.PENDING_REVIEW : CardStatus.ACTIVE,
                0,
                homeRegion,
                issuerCode,
                channel,
                institution,
                at,
                null,
                0);
    }

    public Transition issued(String actor) {
        return new Transition("ISSUED", null, status, generation, actor, null, issuedAt);
    }

    public Transition approve(String actor, @Nullable String reason, Instant at) {
        return move("APPROVED", EnumSet.of(CardStatus.PENDING_REVIEW), CardStatus.ACTIVE, false, actor, reason, at);
    }

    public Transition reject(String actor, String reason, Instant at) {
        return move("REJECTED", EnumSet.of(CardStatus.PENDING_REVIEW), CardStatus.CANCELLED, false, actor, reason, at);
    }

    public Transition reportLost(String actor, @Nullable String reason, Instant at) {
        return move("REPORTED_LOST", EnumSet.of(CardStatus.ACTIVE), CardStatus.LOST, false, actor, reason, at);
    }

    /** 补卡: a lost (or damaged, still active) card comes back with the same EHC ID and a new generation. */
    public Transition reissue(String actor, @Nullable String reason, Instant at) {
        return move(
                "REISSUED", EnumSet.of(CardStatus.LOST, CardStatus.ACTIVE), CardStatus.ACTIVE, true, actor, reason, at);
    }

    public Transition freeze(String actor, String reason, Instant at) {
        return move(
                "FROZEN", EnumSet.of(CardStatus.ACTIVE, CardStatus.LOST), CardStatus.FROZEN, false, actor, reason, at);
    }

    public Transition unfreeze(String actor, @Nullable String reason, Instant at) {
        return move("UNFROZEN", EnumSet.of(CardStatus.FROZEN), CardStatus.ACTIVE, false, actor, reason, at);
    }

    public Transition cancel(String actor, String reason, Instant at) {
        return move(
                "CANCELLED",
                EnumSet.of(CardStatus.PENDING_REVIEW, CardStatus.ACTIVE, CardStatus.LOST, CardStatus.FROZEN),
                CardStatus.CANCELLED,
                false,
                actor,
                reason,
                at);
    }

    /** Applying after 注销 restores the card (DOMAIN.md §3); earlier codes stay invalid. */
    public Transition restore(boolean needsReview, String actor, Instant at) {
        return move(
                "RESTORED",
                EnumSet.of(CardStatus.CANCELLED),
                needsReview ? CardStatus.PENDING_REVIEW : CardStatus.ACTIVE,
                true,
                actor,
                "applied again after cancellation",
                at);
    }

    /** A temporary card ends its life merged into the holder's formal card, which inherits its use history. */
    public Transition mergeInto(Card formal, String actor, Instant at) {
        if (kind != CardKind.TEMPORARY) throw conflict("only a temporary card can be merged");
        if (formal.kind != CardKind.FORMAL) throw conflict("a temporary card merges into a formal card");
        if (formal.status == CardStatus.CANCELLED || formal.status == CardStatus.MERGED)
            throw conflict("the formal card is cancelled");
        Transition t = move(
                "MERGED",
                EnumSet.of(CardStatus.ACTIVE, CardStatus.LOST, CardStatus.FROZEN),
                CardStatus.MERGED,
                false,
                actor,
                "merged into " + formal.ehcId.value(),
                at);
        mergedInto = formal.ehcId;
        return t;
    }

    public Transition absorbed(Card temporary, String actor, Instant at) {
        return new Transition(
                "MERGED_FROM",
                status,
                status,
                generation,
                actor,
                "temporary card " + temporary.ehcId.value() + " merged",
                at);
    }

    private Transition move(
            String type,
            Set<CardStatus> from,
            CardStatus to,
            boolean newGeneration,
            String actor,
            @Nullable String reason,
            Instant at) {
        if (!from.contains(status))
            throw conflict(type.toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + " is not possible for a card in state " + status);
        CardStatus before = status;
        status = to;
        if (newGeneration) generation++;
        return new Transition(type, before, to, generation, actor, reason, at);
    }

    private static PlatformException conflict(String message) {
        return new PlatformException(ErrorCodes.CARD_STATE_CONFLICT, 409, message);
    }

    public EhcId ehcId() {
        return ehcId;
    }

    public String masterIndex() {
        return masterIndex;
    }

    public CardKind kind() {
        return kind;
    }

    public CardStatus status() {
        return status;
    }

    public int generation() {
        return generation;
    }

    public String homeRegion() {
        return homeRegion;
    }

    public String issuerCode() {
        return issuerCode;
    }

    public String issueChannel() {
        return issueChannel;
    }

    public @Nullable String issueInstitution() {
        return issueInstitution;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public @Nullable EhcId mergedInto() {
        return mergedInto;
    }

    public int version() {
        return version;
    }
}
