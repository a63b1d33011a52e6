package io.ehc.identity.domain;

/** Delivers text messages to mobile phones. The default is a simulator that keeps an outbox. */
public interface SmsSender {
    void send(String phone, String text);
}
