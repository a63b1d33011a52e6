package io.ehc.institution.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.ehc.institution.InstitutionView;
import io.ehc.institution.Terminal;
import io.ehc.institution.TerminalPrincipal;
import io.ehc.institution.domain.Institutions;
import io.ehc.institution.domain.NonceStore;
import io.ehc.institution.domain.RequestSignature;
import io.ehc.shared.crypto.Sm3;
import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.PlatformException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Authenticates signed terminal requests: a known, active key; a timestamp within the accepted window; a signature
 * that matches; a nonce not seen before (checked last, so that forged requests cannot use up nonces). Terminals are
 * cached for a minute; revocation on this node takes effect at once.
 */
@Service
public class TerminalCredentials {
    private record Known(TerminalPrincipal principal, Sm3.HmacKey key) {}

    private final Institutions store;
    private final NonceStore nonces;
    private final Clock clock;
    private final Duration window;
    private final Cache<String, Optional<Known>> cache = Caffeine.newBuilder()
            .executor(Runnable::run) // maintenance on the caller: no wake-up of a pool thread per request
            .expireAfterWrite(Duration.ofMinutes(1))
            .maximumSize(100_000)
            .build();

    TerminalCredentials(
            Institutions store,
            NonceStore nonces,
            Clock clock,
            @Value("${ehc.terminal.max-clock-skew:300s}") Duration window) {
        this.store = store;
        this.nonces = nonces;
        this.clock = clock;
        this.window = window;
    }

    public TerminalPrincipal authenticate(
            String keyId, String timestamp, String nonce, String signature, String canonical) {
        Known known = cache.get(keyId, this::load)
                .orElseThrow(() -> refuse(ErrorCodes.BAD_CREDENTIALS, "unknown or revoked terminal key"));
        long millis;
        try {
            millis = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            throw refuse(ErrorCodes.STALE_REQUEST, "X-EHC-Timestamp must be Unix milliseconds");
        }
        Instant at = Instant.ofEpochMilli(millis);
        Instant now = clock.instant();
        if (Duration.between(at, now).abs().compareTo(window) > 0)
            throw refuse(
                    ErrorCodes.STALE_REQUEST,
                    "the request timestamp is outside the accepted window; check the clock against GET /api/terminal/v1/time");
        if (!validNonce(nonce))
            throw refuse(ErrorCodes.BAD_CREDENTIALS, "X-EHC-Nonce must be 16-64 characters of [A-Za-z0-9_-]");
        if (!RequestSignature.matches(known.key(), canonical, signature))
            throw refuse(ErrorCodes.BAD_CREDENTIALS, "the request signature does not match");
        // after at + window the timestamp itself is refused as stale, so the nonce need not be kept longer
        if (!nonces.firstUse(keyId, nonce, at.plus(window)))
            throw refuse(ErrorCodes.REPLAYED_REQUEST, "the nonce was already used");
        return known.principal();
    }

    /** 16 to 64 characters of {@code [A-Za-z0-9_-]}; checked by hand, a regex per request showed in profiles. */
    static boolean validNonce(String nonce) {
        int n = nonce.length();
        if (n < 16 || n > 64) return false;
        for (int i = 0; i < n; i++) {
            char c = nonce.charAt(i);
            boolean ok =
                    (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
            if (!ok) return false;
        }
        return true;
    }

    void forget(String keyId) {
        cache.invalidate(keyId);
    }

    private Optional<Known> load(String keyId) {
        return store.terminalWithSecret(keyId)
                .filter(e -> e.getKey().status().equals("ACTIVE"))
                .flatMap(e -> {
                    Terminal t = e.getKey();
                    return store.find(t.institutionCode())
                            .map(i -> new Known(principal(t, i), RequestSignature.key(e.getValue())));
                });
    }

    private static TerminalPrincipal principal(Terminal t, InstitutionView i) {
        return new TerminalPrincipal(
                t.keyId(), t.institutionCode(), t.departmentCode(), t.channel(), i.region(), i.grade());
    }

    private static PlatformException refuse(String code, String message) {
        return new PlatformException(code, 401, message);
    }
}
