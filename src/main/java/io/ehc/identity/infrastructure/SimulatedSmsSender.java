package io.ehc.identity.infrastructure;

import io.ehc.identity.domain.SmsSender;
import io.ehc.shared.privacy.Mask;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * SMS simulator: instead of a carrier gateway, keeps the last 200 messages in an outbox that administrators can read
 * ({@code GET /api/admin/sms-outbox}), so the demo shows one-time codes. The outbox keeps the phone number masked; a
 * real gateway implements {@link SmsSender}.
 */
@Component
public class SimulatedSmsSender implements SmsSender, io.ehc.identity.SmsOutbox {
    /** One message as the outbox shows it. */
    public record Message(String maskedPhone, String text, Instant at) {}

    private final Deque<Message> outbox = new ArrayDeque<>();
    private final Clock clock;

    SimulatedSmsSender(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void send(String phone, String text) {
        outbox.addFirst(new Message(Mask.phone(phone), text, clock.instant()));
        while (outbox.size() > 200) outbox.removeLast();
    }

    public synchronized List<Message> outbox() {
        return List.copyOf(outbox);
    }

    @Override
    public synchronized List<Sent> recent(int limit) {
        return outbox.stream()
                .limit(Math.max(0, limit))
                .map(m -> new Sent(m.maskedPhone(), m.text(), m.at()))
                .toList();
    }
}
