package io.ehc.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Opens staff accounts through the administration API, each with a fresh username. */
public final class StaffAccounts {
    public static final String PASSWORD = "Correct-Horse-Battery-7";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private StaffAccounts() {}

    public static String aRegulatorOf(Api api, String region) {
        return open(api, "reg" + region, List.of("REGULATOR"), region);
    }

    public static String aClerk(Api api) {
        return open(api, "clerk", List.of("STAFF"), null);
    }

    /** Institution staff bound to an institution and one of its terminals (the counter console acts as it). */
    public static String aCounterClerk(Api api, String institutionCode, String terminalKeyId) {
        return open(api, "counter", List.of("STAFF"), null, institutionCode, terminalKeyId);
    }

    static String open(Api api, String prefix, List<String> roles, String region) {
        return open(api, prefix, roles, region, null, null);
    }

    static String open(
            Api api, String prefix, List<String> roles, String region, String institution, String terminalKeyId) {
        String username = prefix + "." + System.nanoTime() % 1_000_000 + "." + SEQUENCE.incrementAndGet();
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("displayName", "测试" + prefix);
        body.put("password", PASSWORD);
        body.put("roles", roles);
        if (region != null) body.put("region", region);
        if (institution != null) body.put("institutionCode", institution);
        if (terminalKeyId != null) body.put("terminalKeyId", terminalKeyId);
        Api.Response r = api.admin("POST", "/api/admin/accounts", body);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return username;
    }
}
