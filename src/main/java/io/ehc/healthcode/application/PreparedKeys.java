package io.ehc.healthcode.application;

import io.ehc.shared.crypto.VersionedKey;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Key material prepared once for repeated use (an HMAC key with its pads hashed, a derived key), for every version
 * the key ring accepts, newest first. Prepared again when the key ring's list changes, which a rotation does.
 */
final class PreparedKeys<T> {
    private record Prepared<T>(List<VersionedKey> of, List<T> keys) {}

    private final Function<byte[], T> prepare;
    private volatile @Nullable Prepared<T> last;

    PreparedKeys(Function<byte[], T> prepare) {
        this.prepare = prepare;
    }

    List<T> of(List<VersionedKey> versions) {
        Prepared<T> p = last;
        if (p == null || p.of() != versions) {
            p = new Prepared<>(
                    versions,
                    versions.stream().map(k -> prepare.apply(k.material())).toList());
            last = p;
        }
        return p.keys();
    }
}
