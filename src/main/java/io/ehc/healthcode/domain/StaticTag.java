package io.ehc.healthcode.domain;

import io.ehc.shared.crypto.Hex;
import io.ehc.shared.crypto.Sm3;
import java.util.Arrays;

/**
 * The generation tag of static codes this platform issues: the first 16 bytes of HMAC-SM3 over EHC ID, type and
 * card generation. A reissue changes the generation, so printed or saved static codes from before stop working.
 */
public final class StaticTag {
    private StaticTag() {}

    public static String of(byte[] tagKey, String ehcId, String type, int generation) {
        return of(new Sm3.HmacKey(tagKey), ehcId, type, generation);
    }

    /** The same with a prepared key, for checking many codes with one key. */
    public static String of(Sm3.HmacKey tagKey, String ehcId, String type, int generation) {
        return Hex.encode(Arrays.copyOf(tagKey.mac(ehcId + ":" + type + ":" + generation), 16));
    }
}
