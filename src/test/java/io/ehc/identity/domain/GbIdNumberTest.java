package io.ehc.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ehc.shared.error.InvalidInput;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GbIdNumberTest {
    @Test
    void acceptsTheSpecExamples() {
        assertThat(GbIdNumber.isValid("11010519491231002X")).isTrue();
        assertThat(GbIdNumber.isValid("440524188001010014")).isTrue();
        assertThat(GbIdNumber.isValid("11010020171225006X")).isTrue();
    }

    @Test
    void readsBirthDateAndSexFromTheNumber() {
        GbIdNumber id = new GbIdNumber("11010519491231002X");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.sex()).isEqualTo(Sex.FEMALE);
        assertThat(new GbIdNumber("440524188001010014").sex()).isEqualTo(Sex.MALE);
    }

    @Test
    void refusesAWrongCheckCharacter() {
        assertThat(GbIdNumber.problemWith("110105194912310021")).contains("check character");
    }

    @Test
    void refusesLowerCaseX() {
        assertThat(GbIdNumber.problemWith("11010519491231002x")).contains("upper case");
    }

    @Test
    void refusesImpossibleDates() {
        String first17 = "11010519490230002";
        assertThat(GbIdNumber.problemWith(first17 + GbIdNumber.checkCharacter(first17)))
                .contains("impossible birth date");
    }

    @Test
    void refusesTheOldFifteenDigitForm() {
        assertThat(GbIdNumber.problemWith("110105491231002")).contains("15-digit");
    }

    @Test
    void masksItselfWhenPrinted() {
        assertThat(new GbIdNumber("11010519491231002X").toString()).isEqualTo("1101**********002X");
        assertThatThrownBy(() -> new GbIdNumber("1101051949123100"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageNotContaining("1101051949123100");
    }
}
