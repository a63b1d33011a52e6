package io.ehc.demo;

import io.ehc.account.application.ManageAccounts;
import java.io.IOException;
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
 * Two demo regulators, opened once with generated passwords kept in {@code data/demo/regulators.properties}: the
 * provincial health commission (湖南省卫健委, region 430000, sees the whole province) and the Changsha city commission
 * (长沙市卫健委, region 430100, sees Changsha and its counties only).
 */
@Component
@ConditionalOnProperty(name = "ehc.demo.enabled", havingValue = "true")
class DemoAccounts {
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);
    static final String PROVINCE = "hunan.wjw";
    static final String CITY = "changsha.wjw";
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final ManageAccounts accounts;
    private final Path file;
    private final SecureRandom random = new SecureRandom();

    DemoAccounts(
            ManageAccounts accounts, @Value("${ehc.demo.regulators-file:data/demo/regulators.properties}") Path file) {
        this.accounts = accounts;
        this.file = file;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(2)
    void openOnce() throws IOException {
        if (accounts.exists(PROVINCE)) return;
        Properties p = new Properties();
        String province = password();
        String city = password();
        accounts.open(
                new ManageAccounts.NewAccount(
                        PROVINCE, "湖南省卫健委（演示）", province, List.of("REGULATOR"), "430000", null, null),
                DemoRegion.ACTOR);
        accounts.open(
                new ManageAccounts.NewAccount(CITY, "长沙市卫健委（演示）", city, List.of("REGULATOR"), "430100", null, null),
                DemoRegion.ACTOR);
        p.setProperty("provinceUsername", PROVINCE);
        p.setProperty("provincePassword", province);
        p.setProperty("provinceRegion", "430000");
        p.setProperty("cityUsername", CITY);
        p.setProperty("cityPassword", city);
        p.setProperty("cityRegion", "430100");
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (var out = Files.newBufferedWriter(file)) {
            p.store(out, "EHC Platform demo regulator accounts (generated at first start; sign in at /login)");
        }
        log.info("demo regulator accounts {} and {} opened; passwords in {}", PROVINCE, CITY, file);
    }

    /** 16 random characters from an unambiguous alphabet, with a dash, a digit and both cases (the password rules). */
    private String password() {
        StringBuilder b = new StringBuilder("Ehc-");
        for (int i = 0; i < 12; i++) b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        return b.append(random.nextInt(10)).toString();
    }
}
