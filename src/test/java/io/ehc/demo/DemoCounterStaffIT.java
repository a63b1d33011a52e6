package io.ehc.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.ehc.account.application.ManageAccounts;
import io.ehc.support.Api;
import io.ehc.support.PlatformIT;
import io.ehc.support.Region;
import io.ehc.support.StaffSession;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The demo counter clerk: opened once, bound to the demo counter terminal, its password in the demo file; it signs in to the console. */
class DemoCounterStaffIT extends PlatformIT {
    @LocalServerPort
    int port;

    @Autowired
    ManageAccounts accounts;

    @Test
    void opensACounterClerkBoundToTheDemoCounterTerminalOnce(@TempDir Path dir) throws Exception {
        Region.Hospital hospital = Region.aHospital(new Api(port), "430102", 3, "0100");
        Path terminal = dir.resolve("demo/terminal.properties");
        Files.createDirectories(terminal.getParent());
        Properties t = new Properties();
        t.setProperty("keyId", hospital.counter().keyId());
        t.setProperty("terminalId", hospital.code() + "0101");
        try (Writer w = Files.newBufferedWriter(terminal)) {
            t.store(w, null);
        }
        Path file = dir.resolve("demo/counter.properties");
        DemoCounterStaff demo = new DemoCounterStaff(accounts, terminal, file);
        demo.openOnce();
        demo.openOnce(); // the second start changes nothing
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        }
        assertThat(p.getProperty("counterUsername")).isEqualTo(DemoCounterStaff.USERNAME);
        assertThat(p.getProperty("counterInstitution")).isEqualTo(hospital.code());

        StaffSession clerk = new StaffSession(port);
        assertThat(clerk.signIn(DemoCounterStaff.USERNAME, p.getProperty("counterPassword")))
                .isTrue();
        assertThat(clerk.landedOn).endsWith("/counter/");
        assertThat(clerk.get("/counter/scan").body()).contains(hospital.code() + "0101");
    }
}
