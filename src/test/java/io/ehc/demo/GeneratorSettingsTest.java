package io.ehc.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GeneratorSettingsTest {
    @Test
    void readsTheSettingsOfTheCommandLine() {
        GeneratorSettings s = GeneratorSettings.parse("residents=1_000_000, uses=10000000,days=365,seed=3");
        assertThat(s.residents()).isEqualTo(1_000_000);
        assertThat(s.uses()).isEqualTo(10_000_000L);
        assertThat(s.days()).isEqualTo(365);
        assertThat(s.seed()).isEqualTo(3);
        assertThat(s.displaysPerUse()).isEqualTo(10.0);
        assertThat(GeneratorSettings.parse("").residents()).isEqualTo(100_000);
    }

    @Test
    void refusesUnknownSettingsAndImpossibleSizes() {
        assertThatThrownBy(() -> GeneratorSettings.parse("people=3")).hasMessageContaining("unknown setting");
        assertThatThrownBy(() -> GeneratorSettings.parse("residents=0")).hasMessageContaining("residents");
        assertThatThrownBy(() -> GeneratorSettings.parse("days=400")).hasMessageContaining("one year");
        assertThatThrownBy(() -> GeneratorSettings.parse("uses")).hasMessageContaining("name=value");
    }
}
