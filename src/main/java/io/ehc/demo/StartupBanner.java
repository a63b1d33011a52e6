package io.ehc.demo;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started the platform where to go and which demo credentials to use. */
@Component
class StartupBanner {
    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);
    private final Environment env;
    private final Path credentialsFile;
    private final Path regulatorsFile;
    private final Path counterFile;

    StartupBanner(
            Environment env,
            @Value("${ehc.demo.credentials-file:data/demo/terminal.properties}") Path credentialsFile,
            @Value("${ehc.demo.regulators-file:data/demo/regulators.properties}") Path regulatorsFile,
            @Value("${ehc.demo.counter-file:data/demo/counter.properties}") Path counterFile) {
        this.env = env;
        this.credentialsFile = credentialsFile;
        this.regulatorsFile = regulatorsFile;
        this.counterFile = counterFile;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void print() throws IOException {
        String base = "http://localhost:" + env.getProperty("local.server.port", "8080");
        StringBuilder b = new StringBuilder("\n\n  EHC Platform is up\n")
                .append("  API docs (Swagger UI): ")
                .append(base)
                .append("/swagger-ui.html\n")
                .append("  OpenAPI document:      ")
                .append(base)
                .append("/v3/api-docs\n")
                .append("  Health / metrics:      ")
                .append(base)
                .append("/actuator/health , /actuator/prometheus\n")
                .append("  Administrator:         ")
                .append(env.getProperty("ehc.admin.username", "admin"))
                .append(
                        env.getProperty("ehc.admin.password", "").isBlank()
                                ? " (generated password in the warning above)\n"
                                : " (password from EHC_ADMIN_PASSWORD)\n");
        if (Files.exists(credentialsFile)) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(credentialsFile)) {
                p.load(r);
            }
            b.append("  Demo counter terminal: key ")
                    .append(p.getProperty("keyId"))
                    .append(", terminal ID ")
                    .append(p.getProperty("terminalId"))
                    .append(", secret in ")
                    .append(credentialsFile)
                    .append('\n')
                    .append("  Sign requests as README.md \"Terminal API\" shows (bench/sign.sh does it for curl).\n");
            if (p.getProperty("sampleResidentPhone") != null)
                b.append("  Resident pages (H5):   ")
                        .append(base)
                        .append("/h5/ , demo resident ")
                        .append(p.getProperty("sampleResidentPhone"))
                        .append(" (one-time code at ")
                        .append(base)
                        .append("/h5/sms-outbox)\n");
        }
        if (Files.exists(regulatorsFile)) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(regulatorsFile)) {
                p.load(r);
            }
            b.append("  Regulator dashboard:   ")
                    .append(base)
                    .append("/regulator/  (sign in at ")
                    .append(base)
                    .append("/login)\n")
                    .append("    province 430000:    ")
                    .append(p.getProperty("provinceUsername"))
                    .append(" / ")
                    .append(p.getProperty("provincePassword"))
                    .append('\n')
                    .append("    city 430100:        ")
                    .append(p.getProperty("cityUsername"))
                    .append(" / ")
                    .append(p.getProperty("cityPassword"))
                    .append("   (demo passwords, also in ")
                    .append(regulatorsFile)
                    .append(")\n");
        }
        if (Files.exists(counterFile)) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(counterFile)) {
                p.load(r);
            }
            b.append("  Counter console:       ")
                    .append(base)
                    .append("/counter/  ")
                    .append(p.getProperty("counterUsername"))
                    .append(" / ")
                    .append(p.getProperty("counterPassword"))
                    .append("   (bound to the demo counter terminal; also in ")
                    .append(counterFile)
                    .append(")\n");
        }
        log.info(b.toString());
    }
}
