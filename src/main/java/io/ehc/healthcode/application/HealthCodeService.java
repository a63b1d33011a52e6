package io.ehc.healthcode.application;

import io.ehc.card.CardKind;
import io.ehc.card.CardLookup;
import io.ehc.card.CardStatus;
import io.ehc.card.CardView;
import io.ehc.card.EhcId;
import io.ehc.healthcode.CodeRefused;
import io.ehc.healthcode.HealthCodes;
import io.ehc.healthcode.IssuedCode;
import io.ehc.healthcode.VerifiedCode;
import io.ehc.healthcode.domain.CodeDisplays;
import io.ehc.healthcode.domain.DynamicBlock;
import io.ehc.healthcode.domain.HealthCodeFormat;
import io.ehc.healthcode.domain.ParsedCode;
import io.ehc.healthcode.domain.StaticTag;
import io.ehc.shared.Node;
import io.ehc.shared.crypto.KeyPurpose;
import io.ehc.shared.crypto.KeyRing;
import io.ehc.shared.crypto.Sm3;
import io.ehc.shared.error.ErrorCodes;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * 生成与校验健康码. Verification checks, in order: format, issuer, decryption, expiry (with clock-skew tolerance),
 * card existence and state, the code's generation against the card's (codes from before a reissue), the code type
 * against the card kind, and the limit of successful verifications per dynamic code. Each refusal has its own code
 * and its own metric label.
 */
@Service
@EnableConfigurationProperties(CodeSettings.class)
public class HealthCodeService implements HealthCodes {
    private static final Logger log = LoggerFactory.getLogger(HealthCodeService.class);
    private static final long DISPLAY_COUNT_WAIT_SECONDS = 5;
    private final KeyRing keys;
    private final CardLookup cards;
    private final VerificationCounter counter;
    private final CodeSettings settings;
    private final Node node;
    private final Clock clock;
    private final MeterRegistry meters;
    private final CardStates cardStates;
    private final PreparedKeys<Sm3.HmacKey> tagKeys = new PreparedKeys<>(Sm3.HmacKey::new);
    private final PreparedKeys<DynamicBlock.Key> codeKeys = new PreparedKeys<>(DynamicBlock.Key::new);
    private final Map<String, Counter> results = new ConcurrentHashMap<>();
    private final Counter issuedDynamic;
    private final Counter issuedStatic;
    private final Counter uncounted;
    private final CodeDisplays displays;

    HealthCodeService(
            KeyRing keys,
            CardLookup cards,
            VerificationCounter counter,
            CodeSettings settings,
            Node node,
            Clock clock,
            MeterRegistry meters,
            CodeDisplays displays,
            CardStates cardStates) {
        this.keys = keys;
        this.displays = displays;
        this.cards = cards;
        this.counter = counter;
        this.settings = settings;
        this.node = node;
        this.clock = clock;
        this.meters = meters;
        this.cardStates = cardStates;
        this.issuedDynamic = Counter.builder("ehc.healthcode.issued")
                .tag("type", "dynamic")
                .description("health codes generated or refreshed (code displays)")
                .register(meters);
        this.issuedStatic = Counter.builder("ehc.healthcode.issued")
                .tag("type", "static")
                .description("health codes generated or refreshed (code displays)")
                .register(meters);
        this.uncounted = Counter.builder("ehc.healthcode.displays.uncounted")
                .description("code displays shown but not counted in the statistics (the count could not be stored)")
                .register(meters);
        for (String r : new String[] {
            "accepted",
            "bad_code",
            "foreign_issuer",
            "decrypt_error",
            "expired",
            "not_registered",
            "card_cancelled",
            "card_lost",
            "card_frozen",
            "card_pending_review",
            "card_merged",
            "superseded",
            "identity_mismatch",
            "use_limit"
        }) result(r);
    }

    @Override
    public IssuedCode issueDynamic(EhcId ehcId) {
        CardView card = activeCard(ehcId);
        if (card.kind() == CardKind.TEMPORARY) return issueStatic(ehcId);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = now.plus(settings.dynamicValidity());
        LocalDateTime localExpiry = LocalDateTime.ofInstant(expiresAt, node.zone());
        String block = DynamicBlock.seal(
                keys.current(KeyPurpose.CODE).material(), ehcId.value(), localExpiry, card.generation());
        issuedDynamic.increment();
        countDisplay("0", card, now);
        return new IssuedCode(
                HealthCodeFormat.dynamic(ehcId.value(), block, node.issuerCode()),
                "0",
                (int) settings.dynamicValidity().toSeconds(),
                expiresAt,
                node.issuerCode());
    }

    @Override
    public IssuedCode issueStatic(EhcId ehcId) {
        CardView card = activeCard(ehcId);
        String type = card.kind() == CardKind.TEMPORARY ? "9" : "1";
        String tag = StaticTag.of(keys.current(KeyPurpose.CODE_TAG).material(), ehcId.value(), type, card.generation());
        issuedStatic.increment();
        countDisplay(type, card, clock.instant());
        return new IssuedCode(
                HealthCodeFormat.statik(ehcId.value(), type, tag, node.issuerCode()),
                type,
                null,
                null,
                node.issuerCode());
    }

    /**
     * 亮码 count: the code is answered once its display is counted durably (group commit, a few milliseconds), so a
     * crash loses no display that was shown. If the count cannot be stored (writer saturated, database down) the code
     * is still shown and the miss is counted in {@code ehc.healthcode.displays.uncounted}.
     */
    private void countDisplay(String type, CardView card, Instant at) {
        try {
            displays.record(type, card.homeRegion(), at).get(DISPLAY_COUNT_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            uncounted.increment();
        } catch (Exception e) {
            uncounted.increment();
            log.warn("a code display could not be counted: {}", e.getClass().getSimpleName());
        }
    }

    @Override
    public VerifiedCode verify(String scanned) {
        try {
            VerifiedCode v = check(scanned);
            result("accepted").increment();
            return v;
        } catch (CodeRefused refused) {
            result(refused.reason()).increment();
            throw refused;
        }
    }

    private VerifiedCode check(String scanned) {
        ParsedCode code = HealthCodeFormat.parse(scanned);
        if (code.issuer() != null && !code.issuer().equals(node.issuerCode()))
            throw new CodeRefused(
                    ErrorCodes.FOREIGN_ISSUER, 422, "foreign_issuer", "the code was issued by another platform node");
        Instant now = clock.instant();
        if (code instanceof ParsedCode.Dynamic d) {
            DynamicBlock.Opened opened = open(d);
            Instant expiry = opened.expiry().atZone(node.zone()).toInstant();
            if (now.isAfter(expiry.plus(settings.clockSkew())))
                throw new CodeRefused(ErrorCodes.CODE_EXPIRED, 422, "expired", "the code has expired");
            CardView card = usableCard(d.ehcId());
            if (card.kind() != CardKind.FORMAL)
                throw new CodeRefused(
                        ErrorCodes.IDENTITY_MISMATCH, 422, "identity_mismatch", "a temporary card has no dynamic code");
            if (opened.generation() < card.generation())
                throw new CodeRefused(
                        ErrorCodes.CODE_SUPERSEDED,
                        422,
                        "superseded",
                        "the code was issued before the card was reissued");
            if (opened.generation() > card.generation())
                throw new CodeRefused(
                        ErrorCodes.DECRYPT_ERROR, 422, "decrypt_error", "the code does not belong to this card");
            int number = counter.take(d.ehcId(), d.expiryBlock(), settings.maxVerifications(), expiry);
            if (number == 0)
                throw new CodeRefused(
                        ErrorCodes.CODE_USE_LIMIT, 422, "use_limit", "the code reached its limit of verifications");
            return new VerifiedCode(card, "0", expiry, number, d.expiryBlock());
        }
        ParsedCode.Static s = (ParsedCode.Static) code;
        CardView card = usableCard(s.ehcId());
        String expectedType = card.kind() == CardKind.TEMPORARY ? "9" : "1";
        if (!s.type().equals(expectedType))
            throw new CodeRefused(
                    ErrorCodes.IDENTITY_MISMATCH, 422, "identity_mismatch", "the code type does not match the card");
        if (s.tag() == null) {
            if (!settings.acceptUntaggedStatic() || card.generation() > 0)
                throw new CodeRefused(
                        ErrorCodes.CODE_SUPERSEDED,
                        422,
                        "superseded",
                        "the code was issued before the card was reissued");
        } else {
            checkTag(s, card.generation());
        }
        return new VerifiedCode(card, s.type(), null, 0, null);
    }

    private DynamicBlock.Opened open(ParsedCode.Dynamic d) {
        for (DynamicBlock.Key key : codeKeys.of(keys.all(KeyPurpose.CODE))) {
            Optional<DynamicBlock.Opened> opened = DynamicBlock.open(key, d.ehcId(), d.expiryBlock());
            if (opened.isPresent()) return opened.get();
        }
        throw new CodeRefused(ErrorCodes.DECRYPT_ERROR, 422, "decrypt_error", "the code does not decrypt");
    }

    private void checkTag(ParsedCode.Static s, int generation) {
        for (Sm3.HmacKey material : tagKeys.of(keys.all(KeyPurpose.CODE_TAG))) {
            if (StaticTag.of(material, s.ehcId(), s.type(), generation).equals(s.tag())) return;
            for (int g = generation - 1; g >= 0; g--) {
                if (StaticTag.of(material, s.ehcId(), s.type(), g).equals(s.tag()))
                    throw new CodeRefused(
                            ErrorCodes.CODE_SUPERSEDED,
                            422,
                            "superseded",
                            "the code was issued before the card was reissued");
            }
        }
        throw new CodeRefused(ErrorCodes.DECRYPT_ERROR, 422, "decrypt_error", "the code's tag does not verify");
    }

    private CardView usableCard(String ehcId) {
        CardView card = cardStates
                .find(ehcId)
                .orElseThrow(() ->
                        new CodeRefused(ErrorCodes.NOT_REGISTERED, 404, "not_registered", "no card with this EHC ID"));
        refuseUnusable(card.status());
        return card;
    }

    private CardView activeCard(EhcId ehcId) {
        CardView card = cards.findByEhcId(ehcId)
                .orElseThrow(() -> new CodeRefused(ErrorCodes.NOT_REGISTERED, 404, "not_registered", "no such card"));
        refuseUnusable(card.status());
        return card;
    }

    private static void refuseUnusable(CardStatus status) {
        switch (status) {
            case ACTIVE -> {}
            case CANCELLED ->
                throw new CodeRefused(ErrorCodes.CARD_CANCELLED, 422, "card_cancelled", "the card is cancelled");
            case LOST -> throw new CodeRefused(ErrorCodes.CARD_LOST, 422, "card_lost", "the card is reported lost");
            case FROZEN -> throw new CodeRefused(ErrorCodes.CARD_FROZEN, 422, "card_frozen", "the card is frozen");
            case PENDING_REVIEW ->
                throw new CodeRefused(
                        ErrorCodes.CARD_PENDING_REVIEW, 422, "card_pending_review", "the card is waiting for review");
            case MERGED ->
                throw new CodeRefused(
                        ErrorCodes.CARD_MERGED, 422, "card_merged", "the temporary card was merged into a formal card");
        }
    }

    private Counter result(String label) {
        return results.computeIfAbsent(
                label,
                l -> Counter.builder("ehc.healthcode.verifications")
                        .tag("result", l)
                        .description("health code verifications by result")
                        .register(meters));
    }
}
