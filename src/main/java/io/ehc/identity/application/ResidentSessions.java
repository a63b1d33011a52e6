package io.ehc.identity.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.ehc.identity.MasterIndex;
import io.ehc.identity.ResidentTokens;
import io.ehc.identity.domain.MobilePhone;
import io.ehc.identity.domain.Residents;
import io.ehc.identity.domain.SmsSender;
import io.ehc.shared.crypto.Hex;
import io.ehc.shared.crypto.KeyPurpose;
import io.ehc.shared.crypto.KeyRing;
import io.ehc.shared.crypto.Sm3;
import io.ehc.shared.crypto.VersionedKey;
import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.PlatformException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Service;

/**
 * Resident sign-in with a one-time code sent to the registered mobile number. Codes live 5 minutes and allow 5
 * attempts; a phone gets at most 5 codes an hour. The answer to a code request never tells whether the number is
 * registered. A session is a bearer token {@code v.masterIndex.expiry.HMAC-SM3}, valid 30 minutes.
 */
@Service
public class ResidentSessions implements ResidentTokens {
    private static final Duration CODE_LIFE = Duration.ofMinutes(5);
    private static final Duration SESSION_LIFE = Duration.ofMinutes(30);

    private record Pending(String code, MasterIndex resident, AtomicInteger attempts) {}

    /** A signed-in resident's token and its expiry. */
    public record Session(String token, Instant expiresAt) {}

    private final SecureRandom random = new SecureRandom();
    private final Residents residents;
    private final SmsSender sms;
    private final KeyRing keys;
    private final Clock clock;
    private final Cache<String, Pending> pending = Caffeine.newBuilder()
            .expireAfterWrite(CODE_LIFE)
            .maximumSize(1_000_000)
            .build();
    private final Cache<String, AtomicInteger> sends = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofHours(1))
            .maximumSize(1_000_000)
            .build();

    ResidentSessions(Residents residents, SmsSender sms, KeyRing keys, Clock clock) {
        this.residents = residents;
        this.sms = sms;
        this.keys = keys;
        this.clock = clock;
    }

    public void sendCode(String rawPhone) {
        String phone = new MobilePhone(rawPhone).value();
        if (sends.get(phone, p -> new AtomicInteger()).incrementAndGet() > 5)
            throw new PlatformException("4290", 429, "too many codes for this number; try again later");
        List<MasterIndex> holders = residents.findByPhone(phone);
        if (holders.isEmpty()) return;
        String code = String.format("%06d", random.nextInt(1_000_000));
        pending.put(phone, new Pending(code, holders.get(0), new AtomicInteger()));
        sms.send(phone, "【电子健康卡】验证码 " + code + "，5分钟内有效。请勿告诉他人。");
    }

    public Session signIn(String rawPhone, String code) {
        String phone = new MobilePhone(rawPhone).value();
        Pending p = pending.getIfPresent(phone);
        if (p == null
                || p.attempts().incrementAndGet() > 5
                || !Sm3.constantTimeEquals(p.code().getBytes(), code.getBytes())) {
            if (p != null && p.attempts().get() >= 5) pending.invalidate(phone);
            throw new PlatformException(ErrorCodes.BAD_CREDENTIALS, 401, "the code is wrong or expired");
        }
        pending.invalidate(phone);
        Instant expires = clock.instant().plus(SESSION_LIFE);
        VersionedKey key = keys.current(KeyPurpose.TOKEN);
        String payload = key.version() + "." + p.resident().value() + "." + expires.getEpochSecond();
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
