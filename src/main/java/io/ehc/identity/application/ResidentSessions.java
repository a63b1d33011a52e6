package io.ehc.identity.application;

import io.ehc.identity.MasterIndex;
import io.ehc.identity.ResidentTokens;
import io.ehc.identity.domain.MobilePhone;
import io.ehc.identity.domain.Residents;
import io.ehc.shared.crypto.Hex;
import io.ehc.shared.crypto.KeyPurpose;
import io.ehc.shared.crypto.KeyRing;
import io.ehc.shared.crypto.Sm3;
import io.ehc.shared.crypto.VersionedKey;
import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.PlatformException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Resident sign-in with a one-time code sent to the registered mobile number ({@link OneTimeCodes}: by default 5
 * minutes, 5 attempts, 5 codes an hour per phone). The answer to a code request never tells whether the number is
 * registered. A session is a bearer token {@code v.masterIndex.expiry.HMAC-SM3}, valid 30 minutes.
 */
@Service
public class ResidentSessions implements ResidentTokens {
    private static final Duration SESSION_LIFE = Duration.ofMinutes(30);

    /** A signed-in resident's token and its expiry. */
    public record Session(String token, Instant expiresAt) {}

    private final Residents residents;
    private final OneTimeCodes codes;
    private final KeyRing keys;
    private final Clock clock;

    ResidentSessions(Residents residents, OneTimeCodes codes, KeyRing keys, Clock clock) {
        this.residents = residents;
        this.codes = codes;
        this.keys = keys;
        this.clock = clock;
    }

    public void sendCode(String rawPhone) {
        MobilePhone phone = new MobilePhone(rawPhone);
        codes.countRequest(phone);
        List<MasterIndex> holders = residents.findByPhone(phone.value());
        if (holders.isEmpty()) return;
        codes.send(OneTimeCodes.Purpose.SIGN_IN, phone, holders.get(0));
    }

    /** The resident a right sign-in code was sent for; a wrong or expired code is refused (1005). */
    public MasterIndex verifyCode(String rawPhone, String code) {
        MobilePhone phone = new MobilePhone(rawPhone);
        return codes.check(OneTimeCodes.Purpose.SIGN_IN, phone, null, code)
                .flatMap(holder -> holder)
                .orElseThrow(
                        () -> new PlatformException(ErrorCodes.BAD_CREDENTIALS, 401, "the code is wrong or expired"));
    }

    /** Sends a sign-up code to any valid number (counted against the same limit as sign-in codes). */
    public void sendSignUpCode(String rawPhone) {
        MobilePhone phone = new MobilePhone(rawPhone);
        codes.countRequest(phone);
        codes.send(OneTimeCodes.Purpose.SIGN_UP, phone, null);
    }

    /** Whether the code is the sign-up code last sent to this number (used up when right). */
    public boolean verifySignUpCode(String rawPhone, String code) {
        return codes.check(OneTimeCodes.Purpose.SIGN_UP, new MobilePhone(rawPhone), null, code)
                .isPresent();
    }

    public Session signIn(String rawPhone, String code) {
        MasterIndex resident = verifyCode(rawPhone, code);
        Instant expires = clock.instant().plus(SESSION_LIFE);
        VersionedKey key = keys.current(KeyPurpose.TOKEN);
        String payload = key.version() + "." + resident.value() + "." + expires.getEpochSecond();
        return new Session(payload + "." + mac(key, payload), expires);
    }

    @Override
    public Optional<MasterIndex> verify(String token) {
        String[] f = token.split("\\.");
        if (f.length != 4) return Optional.empty();
        try {
            Optional<VersionedKey> key = keys.version(KeyPurpose.TOKEN, Integer.parseInt(f[0]));
            String payload = f[0] + "." + f[1] + "." + f[2];
            if (key.isEmpty() || !Sm3.constantTimeEquals(mac(key.get(), payload).getBytes(), f[3].getBytes()))
                return Optional.empty();
            if (Instant.ofEpochSecond(Long.parseLong(f[2])).isBefore(clock.instant())) return Optional.empty();
            return Optional.of(new MasterIndex(f[1]));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String mac(VersionedKey key, String payload) {
        return Hex.encode(Sm3.hmac(key.material(), payload));
    }
}
