package io.ehc.account.infrastructure;

import io.ehc.account.domain.PasswordHasher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Argon2id (RFC 9106) through Spring Security's encoder on BouncyCastle: 16-byte salt, 32-byte hash, parallelism 1,
 * 19 MiB of memory and 2 iterations by default (OWASP's first recommended setting), about 50–100 ms per hash on the
 * 2-core development machine. The parameters are stored in each hash, so raising them later keeps old hashes valid.
 */
@Component
class Argon2Passwords implements PasswordHasher {
    private final Argon2PasswordEncoder encoder;

    Argon2Passwords(
            @Value("${ehc.account.argon2.memory-kib:19456}") int memoryKib,
            @Value("${ehc.account.argon2.iterations:2}") int iterations,
            @Value("${ehc.account.argon2.parallelism:1}") int parallelism) {
        this.encoder = new Argon2PasswordEncoder(16, 32, parallelism, memoryKib, iterations);
    }

    @Override
    public String hash(String password) {
        return encoder.encode(password);
    }

    @Override
    public boolean matches(String password, String hash) {
        return encoder.matches(password, hash);
    }
}
