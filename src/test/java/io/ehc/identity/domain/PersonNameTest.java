package io.ehc.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ehc.shared.error.InvalidInput;
import org.junit.jupiter.api.Test;

class PersonNameTest {
    @Test
    void acceptsChineseMinorityAndForeignNames() {
        assertThat(new PersonName("张三").value()).isEqualTo("张三");
        assertThat(new PersonName("阿卜杜拉·买买提").value()).isEqualTo("阿卜杜拉·买买提");
        assertThat(new PersonName("  Mary-Jane O'Neil ").value()).isEqualTo("Mary-Jane O'Neil");
    }

    @Test
    void refusesEmptyDigitsControlCharactersAndLoneSeparators() {
        for (String bad : new String[] {"", "   ", "张3", "张\u0000三", "·", "张三·", "<script>"}) {
            assertThatThrownBy(() -> new PersonName(bad)).as(bad).isInstanceOf(InvalidInput.class);
        }
    }

    @Test
    void limitsTheLengthToFiftyCharacters() {
        assertThat(new PersonName("张".repeat(50)).value()).hasSize(50);
        assertThatThrownBy(() -> new PersonName("张".repeat(51))).isInstanceOf(InvalidInput.class);
    }
}
