package io.ehc.shared.crypto;

/** One version of a key. {@link #toString()} never prints the material. */
public record VersionedKey(KeyPurpose purpose, int version, byte[] material) {
    public VersionedKey {
        if (version < 1 || version > 255) throw new IllegalArgumentException("key version must be 1..255");
        material = material.clone();
    }

    @Override
    public byte[] material() {
        return material.clone();
    }

    @Override
    public String toString() {
        return purpose.alias() + "-v" + version;
    }
}
