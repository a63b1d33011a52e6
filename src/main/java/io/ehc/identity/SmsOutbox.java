package io.ehc.identity;

import java.time.Instant;
import java.util.List;

/**
 * The SMS simulator's outbox (demo only): present as a bean only while the simulator delivers the platform's text
 * messages, so pages can show one-time codes without a phone. Phone numbers are masked.
 */
public interface SmsOutbox {
    /** One message as the outbox keeps it. */
    record Sent(String maskedPhone, String text, Instant at) {}

    /** The most recent messages, newest first. */
    List<Sent> recent(int limit);
}
