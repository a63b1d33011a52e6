package io.ehc.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class EmbeddedDatabaseServerConfigTest {
    @Test
    void settingsInKebabCaseOrBracketsBecomePostgresqlSettingNames() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("ehc.embedded-db.server-config.min-wal-size", "6GB")
                .withProperty("ehc.embedded-db.server-config[max_wal_size]", "8GB")
                .withProperty("ehc.embedded-db.port", "15432");

        assertThat(EmbeddedDatabase.serverConfig(env))
                .containsExactly(
                        org.assertj.core.api.Assertions.entry("max_wal_size", "8GB"),
                        org.assertj.core.api.Assertions.entry("min_wal_size", "6GB"));
    }

    @Test
    void noSettingsGivesNone() {
        assertThat(EmbeddedDatabase.serverConfig(new MockEnvironment())).isEmpty();
    }

    @Test
    void aNameThatCannotBeASettingStopsTheStart() {
        MockEnvironment env = new MockEnvironment().withProperty("ehc.embedded-db.server-config[wal size]", "1GB");

        assertThatThrownBy(() -> EmbeddedDatabase.serverConfig(env))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not a PostgreSQL setting name");
    }
}
