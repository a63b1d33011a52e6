package io.ehc.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

/** Signs a resident in through the SMS one-time code flow (the simulator's outbox) and returns the bearer header. */
public final class SignIn {
    private SignIn() {}

    public static Map<String, String> resident(Api api, String phone) {
        assertThat(api.anonymous("POST", "/api/resident/v1/otp", Map.of("phone", phone))
                        .status())
                .isEqualTo(202);
        String sms = api.admin("GET", "/api/admin/sms-outbox", null)
                .json()
                .get(0)
                .path("text")
                .asString();
        String otp = sms.replaceAll("[^0-9]", "").substring(0, 6);
        Api.Response session = api.anonymous("POST", "/api/resident/v1/sessions", Map.of("phone", phone, "code", otp));
        assertThat(session.status()).as(session.text()).isEqualTo(201);
        return Map.of("Authorization", "Bearer " + session.json().path("token").asString());
    }
}
