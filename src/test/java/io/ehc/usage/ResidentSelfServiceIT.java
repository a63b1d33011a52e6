package io.ehc.usage;

import static io.ehc.support.Residents.aResidentOfChangsha;
import static org.assertj.core.api.Assertions.assertThat;

import io.ehc.support.Api;
import io.ehc.support.PlatformIT;
import io.ehc.support.Region;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A resident signs in with a one-time code and reads their own card, codes and use history, and nothing else. */
class ResidentSelfServiceIT extends PlatformIT {
    @LocalServerPort
    int port;

    @Test
    void aResidentReadsTheirOwnUseHistoryAndNobodyElses() {
        Api api = new Api(port);
        Map<String, Object> form = aResidentOfChangsha();
        String phone = (String) form.get("phone");
        String mi = api.admin("POST", "/api/v1/residents", form)
                .json()
                .path("masterIndex")
                .asString();
        String ehcId = api.admin("POST", "/api/v1/cards", Map.of("masterIndex", mi, "channel", "0402"))
                .json()
                .path("ehcId")
                .asString();
        Api.TerminalClient counter = Region.aHospitalWithCounter(api, "430102", 3, "0100");
        String code = api.admin("GET", "/api/v1/cards/" + ehcId + "/codes/static", null)
                .json()
                .path("text")
                .asString();
        assertThat(counter.post("/api/terminal/v1/verify", Map.of("code", code, "careStep", "010104"))
                        .status())
                .isEqualTo(200);

        assertThat(api.anonymous("POST", "/api/resident/v1/otp", Map.of("phone", phone))
                        .status())
                .isEqualTo(202);
        assertThat(api.anonymous("POST", "/api/resident/v1/otp", Map.of("phone", "13000000000"))
                        .status())
                .as("unknown numbers get the same answer")
                .isEqualTo(202);
        JsonNode outbox = api.admin("GET", "/api/admin/sms-outbox", null).json();
        String sms = outbox.get(0).path("text").asString();
        assertThat(outbox.get(0).path("maskedPhone").asString()).doesNotContain(phone);
        String otp = sms.replaceAll("[^0-9]", "").substring(0, 6);

        Api.Response wrong = api.anonymous(
                "POST",
                "/api/resident/v1/sessions",
                Map.of("phone", phone, "code", otp.equals("000000") ? "111111" : "000000"));
        assertThat(wrong.status()).isEqualTo(401);
        Api.Response session = api.anonymous("POST", "/api/resident/v1/sessions", Map.of("phone", phone, "code", otp));
        assertThat(session.status()).as(session.text()).isEqualTo(201);
        String token = session.json().path("token").asString();
        Map<String, String> bearer = Map.of("Authorization", "Bearer " + token);

        JsonNode uses = api.send("GET", "/api/resident/v1/me/card-uses", bearer, new byte[0])
                .json();
        assertThat(uses.size()).isEqualTo(1);
        assertThat(uses.get(0).path("careStep").asString()).isEqualTo("010104");
        assertThat(api.send("GET", "/api/resident/v1/me/card", bearer, new byte[0])
                        .json()
                        .path("ehcId")
                        .asString())
                .isEqualTo(ehcId);
        assertThat(api.send("GET", "/api/resident/v1/me/codes/dynamic", bearer, new byte[0])
                        .json()
                        .path("text")
                        .asString())
                .startsWith(ehcId);

        assertThat(api.anonymous("GET", "/api/resident/v1/me/card-uses", null).status())
                .isEqualTo(401);
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "00";
        assertThat(api.send(
                                "GET",
                                "/api/resident/v1/me/card-uses",
                                Map.of("Authorization", "Bearer " + forged),
                                new byte[0])
                        .status())
                .isEqualTo(401);
        assertThat(api.send("GET", "/api/v1/residents/" + mi + "/card-uses", bearer, new byte[0])
                        .status())
                .as("a resident token opens no administrator API")
                .isEqualTo(401);
        assertThat(api.anonymous("POST", "/api/resident/v1/sessions", Map.of("phone", phone, "code", otp))
                        .status())
                .as("a code works once")
                .isEqualTo(401);
    }
}
