package io.ehc.h5.application;

import io.ehc.h5.domain.AttemptLimiter;
import io.ehc.h5.domain.PasswordRules;
import io.ehc.h5.domain.ResidentPasswords;
import io.ehc.identity.MasterIndex;
import io.ehc.identity.ResidentLookup;
import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.InvalidInput;
import io.ehc.shared.error.PlatformException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * 密码登录: residents may set a password (Argon2id) and sign in with their mobile number and it. Wrong passwords
 * are counted per phone number, registered or not, and lock password sign-in for that number (6120); the answer to
 * a wrong password is the same for unknown numbers, numbers without a password and wrong passwords.
 */
@Service
public class Passwords {
    private final ResidentPasswords store;
    private final ResidentLookup residents;
    private final Clock clock;
    private final AttemptLimiter phones;
    private final AttemptLimiter changes;
    private final Argon2PasswordEncoder encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    private final String dummy;

    Passwords(ResidentPasswords store, ResidentLookup residents, H5Settings settings, Clock clock) {
        this.store = store;
        this.residents = residents;
        this.clock = clock;
        this.phones = new AttemptLimiter(settings.passwordMaxFailures(), settings.passwordLock(), clock);
        this.changes = new AttemptLimiter(settings.passwordMaxFailures(), settings.passwordLock(), clock);
        this.dummy = encoder.encode("not-a-password-0");
    }

    /** The resident whose password this is; refused alike for unknown numbers and wrong passwords (1005). */
    public MasterIndex signIn(String phone, String password) {
        List<MasterIndex> holders = residents.findByPhone(phone); // validates the number's format
        String key = normalise(phone);
        if (phones.isLocked(key)) throw locked();
        boolean anyHash = false;
        for (MasterIndex holder : holders) {
            Optional<String> hash = store.hashOf(holder.value());
            if (hash.isEmpty()) continue;
            anyHash = true;
            if (encoder.matches(password, hash.get())) {
                phones.succeeded(key);
                return holder;
            }
        }
        if (!anyHash) encoder.matches(password, dummy); // the same work whether or not a password exists
        if (phones.failed(key)) throw locked();
        throw new PlatformException(ErrorCodes.BAD_CREDENTIALS, 401, "the phone number or password is wrong");
    }

    public boolean hasPassword(MasterIndex resident) {
        return store.hashOf(resident.value()).isPresent();
    }

    /**
     * Sets or changes the resident's password. Changing needs the current one (6121 when wrong, counted like sign-in
     * failures); the new one must follow {@link PasswordRules} (6122) and be typed twice alike.
     */
    public void set(MasterIndex resident, @Nullable String current, String password, String confirmation) {
        Optional<String> existing = store.hashOf(resident.value());
        String key = resident.value();
        if (existing.isPresent()) {
            if (changes.isLocked(key)) throw locked();
            if (current == null || current.isEmpty()) throw InvalidInput.missing("currentPassword");
            if (!encoder.matches(current, existing.get())) {
                if (changes.failed(key)) throw locked();
                throw new InvalidInput(ErrorCodes.RESIDENT_CURRENT_PASSWORD_WRONG, "currentPassword", "is wrong");
            }
        }
        PasswordRules.check("password", password);
        if (!password.equals(confirmation))
            throw new InvalidInput("confirmPassword", "does not match the new password");
        changes.succeeded(key);
        store.save(resident.value(), encoder.encode(password), clock.instant());
    }

    private static PlatformException locked() {
        return new PlatformException(
                ErrorCodes.RESIDENT_PASSWORD_LOCKED, 429, "too many wrong passwords; try again later");
    }

    private static String normalise(String phone) {
        String v = phone.replace(" ", "").replace("-", "");
        if (v.startsWith("+86")) return v.substring(3);
        if (v.startsWith("0086")) return v.substring(4);
        return v;
    }
}
