package io.ehc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The same build on an external PostgreSQL (the machine's server on 127.0.0.1:5432, in a database of this test's
 * own): migrations apply, the demo region loads once and survives a restart.
 */
class ExternalDatabaseIT {
    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    static final String DB =
            "ehc_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    static Path work;

    @BeforeAll
    static void createDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("create database " + DB);
        }
        work = Files.createTempDirectory("ehc-external-it");
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + DB + " with (force)");
        }
    }

    ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(EhcApplication.class)
                .run(
                        "--spring.datasource.url=" + SERVER + DB,
                        "--spring.datasource.username=postgres",
                        "--server.port=0",
                        "--ehc.keys.file=" + work.resolve("keys/ehc-keys.p12"),
                        "--ehc.keys.password=external-it",
                        "--ehc.admin.password=external-it",
                        "--ehc.admin.bcrypt-strength=4",
                        "--ehc.demo.enabled=true",
                        "--ehc.simulator.port=0",
                        "--ehc.demo.credentials-file=" + work.resolve("demo/terminal.properties"),
                        "--logging.level.root=WARN");
    }

    @Test
    void runsOnAnExternalServerAndLoadsTheDemoRegionOnce() {
        long residents;
        try (ConfigurableApplicationContext first = start()) {
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select current_database()", String.class))
                    .isEqualTo(DB);
            residents = jdbc.queryForObject("select count(*) from resident", Long.class);
            assertThat(residents).isGreaterThanOrEqualTo(50);
            assertThat(jdbc.queryForObject("select count(distinct substr(region, 1, 4)) from institution", Long.class))
                    .isGreaterThanOrEqualTo(3);
            assertThat(jdbc.queryForList("select distinct grade from institution", Integer.class))
                    .contains(1, 2, 3);
            assertThat(jdbc.queryForObject("select count(*) from family_binding", Long.class))
                    .isPositive();
            assertThat(jdbc.queryForObject("select count(*) from resident where doc_type = '08'", Long.class))
                    .isPositive();
            assertThat(jdbc.queryForObject("select count(*) from terminal", Long.class))
                    .isPositive();
        }
        assertThat(work.resolve("demo/terminal.properties")).exists();
        try (ConfigurableApplicationContext second = start()) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from resident", Long.class))
                    .isEqualTo(residents);
        }
    }
}
