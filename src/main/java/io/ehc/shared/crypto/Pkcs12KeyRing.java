package io.ehc.shared.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;

/**
 * Key ring kept in a PKCS#12 file. Aliases are {@code <purpose>-v<n>}. A missing file is created with version 1 of
 * every purpose; a missing purpose is added. Writes go to a temporary file that replaces the old one atomically.
 */
public final class Pkcs12KeyRing implements KeyRing {
    private final Path file;
    private final char[] password;
    private final SecureRandom random = new SecureRandom();
    private final Map<KeyPurpose, List<VersionedKey>> keys = new EnumMap<>(KeyPurpose.class);

    public Pkcs12KeyRing(Path file, char[] password) {
        this.file = file;
        this.password = password.clone();
        load();
    }

    private synchronized void load() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            if (Files.exists(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    store.load(in, password);
                }
            } else {
                store.load(null, password);
            }
            boolean changed = false;
            for (KeyPurpose purpose : KeyPurpose.values()) {
                List<VersionedKey> versions = new ArrayList<>();
                for (String alias : Collections.list(store.aliases())) {
                    if (alias.startsWith(purpose.alias() + "-v")) {
                        int v = Integer.parseInt(alias.substring(purpose.alias().length() + 2));
                        byte[] material = store.getKey(alias, password).getEncoded();
                        versions.add(new VersionedKey(purpose, v, material));
                    }
                }
                if (versions.isEmpty()) {
                    VersionedKey fresh = generate(purpose, 1);
                    put(store, fresh);
                    versions.add(fresh);
                    changed = true;
                }
                versions.sort(Comparator.comparingInt(VersionedKey::version).reversed());
                keys.put(purpose, List.copyOf(versions));
            }
            if (changed) save(store);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot open the key store " + file.getFileName(), e);
        }
    }

    private VersionedKey generate(KeyPurpose purpose, int version) {
        byte[] material = new byte[purpose.length()];
        random.nextBytes(material);
        return new VersionedKey(purpose, version, material);
    }

    private void put(KeyStore store, VersionedKey key) throws GeneralSecurityException {
        store.setEntry(
                key.toString(),
                new KeyStore.SecretKeyEntry(new SecretKeySpec(key.material(), "AES")),
                new KeyStore.PasswordProtection(password));
    }

    private void save(KeyStore store) throws IOException, GeneralSecurityException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "keys", ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            store.store(out, password);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public VersionedKey current(KeyPurpose purpose) {
        return keys.get(purpose).get(0);
    }

    @Override
    public Optional<VersionedKey> version(KeyPurpose purpose, int version) {
        return keys.get(purpose).stream().filter(k -> k.version() == version).findFirst();
    }

    @Override
    public List<VersionedKey> all(KeyPurpose purpose) {
        return keys.get(purpose);
    }

    @Override
    public synchronized VersionedKey rotate(KeyPurpose purpose) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(file)) {
                store.load(in, password);
            }
            VersionedKey next = generate(purpose, current(purpose).version() + 1);
            put(store, next);
            save(store);
            List<VersionedKey> versions = new ArrayList<>(keys.get(purpose));
            versions.add(0, next);
            keys.put(purpose, List.copyOf(versions));
            return next;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot rotate " + purpose.alias(), e);
        }
    }
}
