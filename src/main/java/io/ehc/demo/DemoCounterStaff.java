package io.ehc.demo;

import io.ehc.account.application.ManageAccounts;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A demo counter clerk of the first demo hospital, bound to the demo counter terminal (the one of
 * {@code data/demo/terminal.properties}), opened once with a generated password kept in
 * {@code data/demo/counter.properties}. Also added to a demo region loaded by an earlier version.
 */
@Component
@ConditionalOnProperty(name = "ehc.demo.enabled", havingValue = "true")
class DemoCounterStaff {
    private static final Logger log = LoggerFactory.getLogger(DemoCounterStaff.class);
    static final String USERNAME = "xiangya.counter";
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final ManageAccounts accounts;
    private final Path terminalFile;
    private final Path file;
    private final SecureRandom random = new SecureRandom();

    DemoCounterStaff(
            ManageAccounts accounts,
            @Value("${ehc.demo.credentials-file:data/demo/terminal.properties}") Path terminalFile,
            @Value("${ehc.demo.counter-file:data/demo/counter.properties}") Path file) {
        this.accounts = accounts;
        this.terminalFile = terminalFile;
        this.file = file;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(3)
    void openOnce() throws IOException {
        if (accounts.exists(USERNAME) || !Files.exists(terminalFile)) return;
        Properties terminal = new Properties();
        try (Reader r = Files.newBufferedReader(terminalFile)) {
            terminal.load(r);
        }
        String keyId = terminal.getProperty("keyId");
        String terminalId = terminal.getProperty("terminalId");
        if (keyId == null || terminalId == null || terminalId.length() != 15) return;
        String institution = terminalId.substring(0, 11);
        String password = password();
        accounts.open(
                new ManageAccounts.NewAccount(
                        USERNAME, "湘雅医院挂号收费窗口（演示）", password, List.of("STAFF"), null, institution, keyId),
                DemoRegion.ACTOR);
        Properties p = new Properties();
        p.setProperty("counterUsername", USERNAME);
        p.setProperty("counterPassword", password);
        p.setProperty("counterInstitution", institution);
        p.setProperty("counterTerminalKeyId", keyId);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (var out = Files.newBufferedWriter(file)) {
            p.store(out, "EHC Platform demo counter clerk (generated at first start; sign in at /login)");
        }
        log.info("demo counter clerk {} opened, bound to terminal {}; password in {}", USERNAME, keyId, file);
    }

    /** 16 random characters from an unambiguous alphabet, with a dash, a digit and both cases (the password rules). */
    private String password() {
        StringBuilder b = new StringBuilder("Ehc-");
        for (int i = 0; i < 12; i++) b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        return b.append(random.nextInt(10)).toString();
    }
}
