package io.ehc.h5.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.ehc.card.CardView;
import io.ehc.healthcode.CodeImages;
import io.ehc.healthcode.HealthCodes;
import io.ehc.healthcode.IssuedCode;
import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.PlatformException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.springframework.stereotype.Service;

/**
 * The codes a resident's page shows. A dynamic code is issued and drawn once and shown again until less than
 * {@code ehc.h5.code-refresh} of its validity is left (a reload does not mint a new code, nor render one per second);
 * the static code's image is kept per card generation, so a reissue changes it.
 */
@Service
public class ShownCodes {
    /** A code ready to show: its text, its QR image as a data URI, and for a dynamic code when it expires. */
    public record Shown(String text, String image, String type, Instant expiresAt, int validSeconds) {}

    private final HealthCodes codes;
    private final CodeImages images;
    private final Clock clock;
    private final Duration refresh;
    private final Cache<String, Shown> dynamic = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(10))
            .maximumSize(100_000)
            .build();
    private final Cache<String, String> statics = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(1))
            .maximumSize(100_000)
            .build();

    ShownCodes(HealthCodes codes, CodeImages images, H5Settings settings, Clock clock) {
        this.codes = codes;
        this.images = images;
        this.clock = clock;
        this.refresh = settings.codeRefresh();
    }

    /** The person's dynamic code; {@code fresh} asks for a new one even if the last one is still good. */
    public Shown dynamic(Household.Person person, boolean fresh) {
        CardView card = activeCard(person);
        String key = card.ehcId().value() + ":" + card.generation();
        Shown last = dynamic.getIfPresent(key);
        if (!fresh && last != null && last.expiresAt().minus(refresh).isAfter(clock.instant())) return last;
        IssuedCode issued = codes.issueDynamic(card.ehcId());
        Instant expires = issued.expiresAt() == null ? clock.instant().plusSeconds(60) : issued.expiresAt();
        Shown shown = new Shown(
                issued.text(),
                dataUri(images.svg(issued.text())),
                issued.type(),
                expires,
                issued.validSeconds() == null ? 60 : issued.validSeconds());
        dynamic.put(key, shown);
        return shown;
    }

    /** The SVG of the person's static code (of the card's current generation). */
    public String staticSvg(Household.Person person) {
        CardView card = activeCard(person);
        return statics.get(
                card.ehcId().value() + ":" + card.generation(),
                k -> images.svg(codes.issueStatic(card.ehcId()).text()));
    }

    private static CardView activeCard(Household.Person person) {
        if (!person.cardActive() || person.card() == null)
            throw new PlatformException(ErrorCodes.CARD_STATE_CONFLICT, 409, "the card is not in normal state");
        return person.card();
    }

    private static String dataUri(String svg) {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }
}
