package io.ehc.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Sm3Test {
    @Test
    void digestMatchesTheStandardsExample() {
        // GB/T 32905-2016, appendix A.1: SM3("abc")
        assertThat(Hex.encode(Sm3.digest("abc".getBytes(StandardCharsets.US_ASCII))))
                .isEqualToIgnoringCase("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    /** Key lengths below, at and above the 64-byte block, where HMAC hashes the key first. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 16, 32, 63, 64, 65, 200})
    void preparedKeyGivesTheSameMacAsBouncyCastlesHmac(int keyLength) {
        Random random = new Random(keyLength);
        byte[] key = new byte[keyLength];
        random.nextBytes(key);
        Sm3.HmacKey prepared = new Sm3.HmacKey(key);
        for (int length : new int[] {0, 1, 55, 56, 63, 64, 65, 300}) {
            byte[] message = new byte[length];
            random.nextBytes(message);
            byte[] expected = bouncyCastle(key, message);
            assertThat(prepared.mac(message)).isEqualTo(expected);
            // the prepared states are copied, not consumed: the same key gives the same MAC again
            assertThat(prepared.mac(message)).isEqualTo(expected);
            assertThat(Sm3.hmac(key, message)).isEqualTo(expected);
        }
    }

    @Test
    void differentKeysGiveDifferentMacs() {
        byte[] message = "POST\n/api/terminal/v1/verify".getBytes(StandardCharsets.UTF_8);
        assertThat(new Sm3.HmacKey(new byte[] {1}).mac(message))
                .isNotEqualTo(new Sm3.HmacKey(new byte[] {2}).mac(message));
    }

    private static byte[] bouncyCastle(byte[] key, byte[] message) {
        HMac mac = new HMac(new SM3Digest());
        mac.init(new KeyParameter(key));
        mac.update(message, 0, message.length);
        byte[] out = new byte[32];
        mac.doFinal(out, 0);
        return out;
    }
}
