package io.ehc.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;

/** Sets up an institution with a department and a counter terminal through the administration API. */
public final class Region {
    private Region() {}

    /** An institution's code and its counter terminal. */
    public record Hospital(String code, Api.TerminalClient counter) {}

    /** A fresh institution in the given county with department 0101 and a terminal of the given channel. */
    public static Api.TerminalClient aHospitalWithCounter(Api api, String county, int grade, String channel) {
        return aHospital(api, county, grade, channel).counter();
    }

    /** Like {@link #aHospitalWithCounter}, also naming the institution's code. */
    public static Hospital aHospital(Api api, String county, int grade, String channel) {
        String code = "43" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
        Api.Response inst = api.admin(
                "POST",
                "/api/admin/institutions",
                Map.of("code", code, "name", "测试医院" + code, "grade", grade, "type", "HOSPITAL", "region", county));
        assertThat(inst.status()).as(inst.text()).isEqualTo(201);
        assertThat(api.admin(
                                "POST",
                                "/api/admin/institutions/" + code + "/departments",
                                Map.of("code", "0101", "name", "门诊"))
                        .status())
                .isEqualTo(201);
        Api.Response t = api.admin(
                "POST",
                "/api/admin/institutions/" + code + "/terminals",
                Map.of("departmentCode", "0101", "channel", channel, "name", "窗口"));
        assertThat(t.status()).as(t.text()).isEqualTo(201);
        JsonNode j = t.json();
        return new Hospital(
                code,
                api.terminal(
                        j.path("terminal").path("keyId").asString(),
                        j.path("secret").asString()));
    }
}
