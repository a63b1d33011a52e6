package io.ehc.card.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.ehc.shared.crypto.Hex;
import org.junit.jupiter.api.Test;

/** The test vector of DOMAIN.md §2. */
class EhcIdDerivationTest {
    static final String MASTER_INDEX = "ABD17E7ED399EF68AB5660155D6E226D2C92EAC3254A4A66BED83AED0ADA1E9E";
    static final byte[] ROOT_KEY = Hex.decode("0123456789ABCDEFFEDCBA9876543210");

    @Test
    void derivesTheDiversifier() {
        assertThat(Hex.encode(EhcIdDerivation.diversifier(MASTER_INDEX))).isEqualTo("92CDCE45A16799FD");
    }

    @Test
    void derivesTheUserKey() {
        assertThat(Hex.encode(EhcIdDerivation.userKey(ROOT_KEY, MASTER_INDEX)))
                .isEqualTo("86C63180C2806ED1F47B859DE501215B");
    }

    @Test
    void derivesTheEhcIdOfTheSpecVector() {
        assertThat(EhcIdDerivation.derive(ROOT_KEY, MASTER_INDEX, "01", "11010020171225006X")
                        .value())
                .isEqualTo("98FF9F2C05145CB9305E9D8A57E072BB51180CA49E5BE5E9D41BCE3A9A571928");
    }

    @Test
    void givesShortDocumentsTheNationalLength() {
        assertThat(EhcIdDerivation.derive(ROOT_KEY, MASTER_INDEX, "03", "E12345678")
                        .value())
                .hasSize(64);
    }
}
