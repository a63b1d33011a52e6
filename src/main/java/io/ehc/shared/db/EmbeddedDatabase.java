package io.ehc.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The default database: PostgreSQL 15 embedded in the JVM's process tree, its data kept under the working directory
 * (by default {@code ./data/postgres}) so that it survives restarts. Used only when no
 * {@code spring.datasource.url} (or {@code EHC_DB_URL}) is configured; production points at an external server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedDatabase {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final String DATABASE = "ehc";

    /**
     * Another server on the port would answer the platform's connections instead of the embedded one (the platform
     * would then write into a foreign database), so a taken port stops the start with a clear message. The probe binds
     * with {@code SO_REUSEADDR}, as PostgreSQL does: on Linux that still fails while anything listens on the port, but
     * not for the connections of a previous run that linger in TIME_WAIT (a restart right after a stop).
     */
    static void requireFree(int port) {
        if (port == 0) return;
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), port));
        } catch (IOException taken) {
            throw new IllegalStateException("port " + port + " on localhost is taken by another process; stop it or set"
                    + " ehc.embedded-db.port (or EHC_DB_URL for an external PostgreSQL)");
        }
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            @Value("${ehc.embedded-db.dir:data/postgres}") Path dir,
            @Value("${ehc.embedded-db.port:15432}") int port,
            @Value("${ehc.embedded-db.clean:false}") boolean clean,
            Environment env)
            throws IOException {
        Files.createDirectories(dir);
        requireFree(port);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(clean)
                .setRegisterShutdownHook(false)
                .setPort(port)
                // zonky starts PostgreSQL for throw-away test databases: -F (no fsync) and synchronous_commit=off.
                // The platform's data must survive a crash, so both are switched back on.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("max_wal_size", "2GB")
                // Keep up to 1 GB of used WAL segment files for reuse instead of removing them after a checkpoint:
                // a new segment is zero-filled and flushed (16 MB) while every commit waits, 40-50 ms, which under
                // load was the periodic stall of the verify path (docs/benchmarks.md). Nothing is preallocated: a
                // platform that writes little keeps little, and a fresh one still creates segments until it has
                // written that much.
                .setServerConfig("min_wal_size", "1GB");
        // ehc.embedded-db.server-config.<setting>=<value>: any PostgreSQL setting, over the defaults above
        serverConfig(env).forEach(builder::setServerConfig);
        EmbeddedPostgres pg = builder.start();
        log.info(
                "embedded PostgreSQL 15 listening on localhost:{} with data in {}", pg.getPort(), dir.toAbsolutePath());
        return pg;
    }

    /**
     * The PostgreSQL settings given as {@code ehc.embedded-db.server-config.<setting>=<value>}; the setting's name in
     * kebab case ({@code min-wal-size}) as Spring's property names are, or in brackets as PostgreSQL spells it
     * ({@code server-config[min_wal_size]}).
     */
    static Map<String, String> serverConfig(Environment env) {
        Map<String, String> settings = new TreeMap<>();
        Binder.get(env)
                .bind("ehc.embedded-db.server-config", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of())
                .forEach((name, value) -> {
                    String setting = name.replace('-', '_');
                    if (!setting.matches("[a-z][a-z0-9_.]*")) {
                        throw new IllegalStateException(
                                "ehc.embedded-db.server-config: '" + name + "' is not a PostgreSQL setting name");
                    }
                    settings.put(setting, value);
                });
        return settings;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres pg, @Value("${ehc.embedded-db.pool-size:24}") int poolSize)
            throws SQLException {
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!rs.next()) s.execute("create database " + DATABASE);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(
                "jdbc:postgresql://localhost:" + pg.getPort() + "/" + DATABASE + "?reWriteBatchedInserts=true");
        config.setUsername("postgres");
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("ehc-embedded");
        return new HikariDataSource(config);
    }
}
