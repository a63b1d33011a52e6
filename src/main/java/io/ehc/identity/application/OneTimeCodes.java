package io.ehc.identity.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.ehc.identity.MasterIndex;
import io.ehc.identity.domain.MobilePhone;
import io.ehc.identity.domain.SmsSender;
import io.ehc.shared.crypto.Sm3;
import io.ehc.shared.error.PlatformException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * One-time codes sent by SMS, for signing in, signing up and changing the phone number. A phone gets at most
 * {@code ehc.resident.otp.max-sends} codes per {@code send-window} (all purposes together, 429 with code 4290 beyond);
 * a code lives {@code code-life} and the {@code max-attempts}-th wrong entry invalidates it. Codes are never logged.
 */
@Service
class OneTimeCodes {
    /** What a code proves; a code for one purpose never passes for another. */
    enum Purpose {
        SIGN_IN,
        SIGN_UP,
        CHANGE_PHONE
    }

    private record Pending(String code, @Nullable MasterIndex holder, AtomicInteger attempts) {}

    private final SecureRandom random = new SecureRandom();
    private final SmsSender sms;
    private final int maxSends;
    private final int maxAttempts;
    private final Duration codeLife;
    private final Cache<String, Pending> pending;
    private final Cache<String, AtomicInteger> sends;

    OneTimeCodes(
            SmsSender sms,
            @Value("${ehc.resident.otp.max-sends:5}") int maxSends,
            @Value("${ehc.resident.otp.send-window:1h}") Duration sendWindow,
            @Value("${ehc.resident.otp.max-attempts:5}") int maxAttempts,
            @Value("${ehc.resident.otp.code-life:5m}") Duration codeLife) {
        this.sms = sms;
        this.maxSends = maxSends;
        this.maxAttempts = maxAttempts;
        this.codeLife = codeLife;
        this.pending = Caffeine.newBuilder()
                .expireAfterWrite(codeLife)
                .maximumSize(1_000_000)
                .build();
        this.sends = Caffeine.newBuilder()
                .expireAfterWrite(sendWindow)
                .maximumSize(1_000_000)
                .build();
    }

    /**
     * Counts a code request against the phone's limit, whether or not a code is then sent, so that the limit does not
     * tell registered numbers apart from others.
     */
    void countRequest(MobilePhone phone) {
        if (sends.get(phone.value(), p -> new AtomicInteger()).incrementAndGet() > maxSends)
            throw new PlatformException("4290", 429, "too many codes for this number; try again later");
    }

    /** Sends a fresh code for the purpose (replacing an earlier one); call {@link #countRequest} first. */
    void send(Purpose purpose, MobilePhone phone, @Nullable MasterIndex holder) {
        String code = String.format("%06d", random.nextInt(1_000_000));
        pending.put(key(purpose, phone, holder), new Pending(code, holder, new AtomicInteger()));
        String what = switch (purpose) {
            case SIGN_IN -> "登录";
            case SIGN_UP -> "注册";
            case CHANGE_PHONE -> "更换手机号";
        };
        sms.send(phone.value(), "【电子健康卡】验证码 " + code + "，用于" + what + "，" + codeLife.toMinutes() + "分钟内有效。请勿告诉他人。");
    }

    /**
     * Whether the code is the one sent for the purpose; a right code is used up, and the {@code max-attempts}-th wrong
     * one invalidates it. Answers the holder named when the code was sent.
     */
    Optional<Optional<MasterIndex>> check(
            Purpose purpose, MobilePhone phone, @Nullable MasterIndex holder, String code) {
        String key = key(purpose, phone, holder);
        Pending p = pending.getIfPresent(key);
        if (p == null) return Optional.empty();
        boolean right = p.attempts().incrementAndGet() <= maxAttempts
                && Sm3.constantTimeEquals(
                        p.code().getBytes(StandardCharsets.UTF_8), code.strip().getBytes(StandardCharsets.UTF_8));
        if (right) {
            pending.invalidate(key);
            return Optional.of(Optional.ofNullable(p.holder()));
        }
        if (p.attempts().get() >= maxAttempts) pending.invalidate(key);
        return Optional.empty();
    }

    private static String key(Purpose purpose, MobilePhone phone, @Nullable MasterIndex holder) {
        return purpose == Purpose.CHANGE_PHONE && holder != null
                ? purpose + ":" + phone.value() + ":" + holder.value()
                : purpose + ":" + phone.value();
    }
}
