package io.ehc.healthcode.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.ehc.shared.crypto.Hex;
import io.ehc.shared.crypto.Sm4;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class DynamicBlockTest {
    static final byte[] KEY = Hex.decode("0123456789ABCDEFFEDCBA9876543210");
    static final byte[] OTHER_KEY = Hex.decode("00112233445566778899AABBCCDDEEFF");
    static final String CARD = "98FF9F2C05145CB9305E9D8A57E072BB51180CA49E5BE5E9D41BCE3A9A571928";
    static final String OTHER_CARD = "A".repeat(64);
    static final LocalDateTime EXPIRY = LocalDateTime.of(2026, 11, 25, 16, 30, 59);

    @Test
    void opensWhatItSealedWithExpiryAndGeneration() {
        String block = DynamicBlock.seal(KEY, CARD, EXPIRY, 3);
        assertThat(block).hasSize(32).matches("[0-9A-F]{32}");
        DynamicBlock.Opened opened = DynamicBlock.open(KEY, CARD, block).orElseThrow();
        assertThat(opened.expiry()).isEqualTo(EXPIRY);
        assertThat(opened.generation()).isEqualTo(3);
    }

    @Test
    void keepsTheNationalLayoutOfTheFirstSevenBytes() {
        byte[] plain = Sm4.decryptEcb(KEY, Hex.decode(DynamicBlock.seal(KEY, CARD, EXPIRY, 0)));
        assertThat(Hex.encode(java.util.Arrays.copyOf(plain, 7))).isEqualTo("20261125163059");
    }

    @Test
    void doesNotOpenWithAnotherKeyOrForAnotherCard() {
        String block = DynamicBlock.seal(KEY, CARD, EXPIRY, 0);
        assertThat(DynamicBlock.open(OTHER_KEY, CARD, block)).isEmpty();
        assertThat(DynamicBlock.open(KEY, OTHER_CARD, block)).isEmpty();
    }

    @Test
    void doesNotOpenATamperedBlock() {
        String block = DynamicBlock.seal(KEY, CARD, EXPIRY, 0);
        String tampered = (block.charAt(0) == '0' ? "1" : "0") + block.substring(1);
        assertThat(DynamicBlock.open(KEY, CARD, tampered)).isEmpty();
    }

    @Test
    void aPreparedKeyOpensWhatTheRawKeySealedAndNothingElse() {
        String block = DynamicBlock.seal(KEY, CARD, EXPIRY, 2);
        DynamicBlock.Key prepared = new DynamicBlock.Key(KEY);
        assertThat(DynamicBlock.open(prepared, CARD, block)).isEqualTo(DynamicBlock.open(KEY, CARD, block));
        assertThat(DynamicBlock.open(prepared, CARD, block).orElseThrow().generation())
                .isEqualTo(2);
        // used again: the prepared key is not consumed
        assertThat(DynamicBlock.open(prepared, CARD, block)).isPresent();
        assertThat(DynamicBlock.open(prepared, OTHER_CARD, block)).isEmpty();
        assertThat(DynamicBlock.open(new DynamicBlock.Key(OTHER_KEY), CARD, block))
                .isEmpty();
    }
}
