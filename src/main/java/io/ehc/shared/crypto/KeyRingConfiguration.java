package io.ehc.shared.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default key ring: a PKCS#12 file created at first run. Its password comes from {@code EHC_KEYS_PASSWORD}; for
 * the embedded demo, when none is set, a random one is generated into an owner-only file next to the key store.
 * An HSM adapter replaces this by declaring its own {@link KeyRing} bean.
 */
@Configuration(proxyBeanMethods = false)
class KeyRingConfiguration {
    private static final Logger log = LoggerFactory.getLogger(KeyRingConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    KeyRing keyRing(@Value("${ehc.keys.file}") Path file, @Value("${ehc.keys.password:}") String password)
            throws IOException {
        char[] secret = password.isBlank() ? generatedPassword(file) : password.toCharArray();
        return new Pkcs12KeyRing(file, secret);
    }

    @Bean
    FieldCipher fieldCipher(KeyRing keys) {
        return new FieldCipher(keys);
    }

    private static char[] generatedPassword(Path file) throws IOException {
        Path passFile = file.resolveSibling(file.getFileName() + ".pass");
        if (!Files.exists(passFile)) {
            Files.createDirectories(passFile.toAbsolutePath().getParent());
            byte[] raw = new byte[24];
            new SecureRandom().nextBytes(raw);
            Files.writeString(passFile, Base64.getUrlEncoder().withoutPadding().encodeToString(raw));
            try {
                Files.setPosixFilePermissions(passFile, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            log.warn(
                    "no EHC_KEYS_PASSWORD set: generated a key-store password into {}; set it in production", passFile);
        }
        return Files.readString(passFile, StandardCharsets.UTF_8).trim().toCharArray();
    }
}
