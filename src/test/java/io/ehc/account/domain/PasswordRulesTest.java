package io.ehc.account.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ehc.shared.error.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordRulesTest {
    static final Username USER = new Username("hunan.wjw");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Short-1a", // too short
                "alllowercaseletters", // one class
                "lowercase-and-dash", // two classes
                "ABCDEFGH12345678", // two classes
                "My-hunan.wjw-Password1", // contains the username
                "aA1-aA1-aA1-aA1-", // only four distinct characters
            })
    void refusesPasswordsThatBreakARule(String password) {
        assertThatThrownBy(() -> PasswordRules.check(password, USER))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("password:")
                .extracting(e -> ((InvalidInput) e).code())
                .isEqualTo("6102");
    }

    @Test
    void theRefusalNeverEchoesThePassword() {
        assertThatThrownBy(() -> PasswordRules.check("secretsecret", USER)).hasMessageNotContaining("secretsecret");
    }

    @Test
    void acceptsLongMixedPasswords() {
        assertThatCode(() -> PasswordRules.check("Correct-Horse-7", USER)).doesNotThrowAnyException();
        assertThatCode(() -> PasswordRules.check("长沙市Regulator2026", USER)).doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordRules.check("A1-" + "x".repeat(130), USER))
                .isInstanceOf(InvalidInput.class);
    }
}
