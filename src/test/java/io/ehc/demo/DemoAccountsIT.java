package io.ehc.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.ehc.account.application.ManageAccounts;
import io.ehc.support.PlatformIT;
import io.ehc.support.StaffSession;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The demo regulators: opened once, their generated passwords written to the credentials file, and they sign in. */
class DemoAccountsIT extends PlatformIT {
    @LocalServerPort
    int port;

    @Autowired
    ManageAccounts accounts;

    @Test
    void opensAProvinceAndACityRegulatorOnceWithPasswordsInTheDemoFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("demo/regulators.properties");
        DemoAccounts demo = new DemoAccounts(accounts, file);
        demo.openOnce();
        demo.openOnce(); // the second start changes nothing
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        }
        assertThat(p.getProperty("provinceUsername")).isEqualTo("hunan.wjw");
        assertThat(p.getProperty("cityUsername")).isEqualTo("changsha.wjw");
        assertThat(accounts.get("hunan.wjw").region().code()).isEqualTo("430000");
        assertThat(accounts.get("changsha.wjw").region().code()).isEqualTo("430100");

        StaffSession province = new StaffSession(port);
        assertThat(province.signIn("hunan.wjw", p.getProperty("provincePassword")))
                .isTrue();
        assertThat(province.landedOn).endsWith("/regulator/");
        StaffSession city = new StaffSession(port);
        assertThat(city.signIn("changsha.wjw", p.getProperty("cityPassword"))).isTrue();
        assertThat(city.get("/api/v1/statistics/summary?region=430000").statusCode())
                .isEqualTo(403);
    }
}
