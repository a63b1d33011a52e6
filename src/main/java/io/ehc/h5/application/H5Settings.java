package io.ehc.h5.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Resident pages: after {@code passwordMaxFailures} wrong passwords for a phone (or a resident changing theirs)
 * password sign-in is locked for {@code passwordLock}; a dynamic code is renewed when less than {@code codeRefresh}
 * of its validity is left; {@code smsOutboxPage} shows the SMS simulator's outbox at /h5/sms-outbox (demo only, and
 * only while the simulator is the SMS sender).
 */
@ConfigurationProperties("ehc.h5")
public record H5Settings(int passwordMaxFailures, Duration passwordLock, Duration codeRefresh, boolean smsOutboxPage) {
    public H5Settings {
        if (passwordMaxFailures < 1) passwordMaxFailures = 5;
        if (passwordLock == null) passwordLock = Duration.ofMinutes(15);
        if (codeRefresh == null) codeRefresh = Duration.ofSeconds(15);
    }
}
