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

    static String open(Api api, String prefix, List<String> roles, String region) {
        String username = prefix + "." + System.nanoTime() % 1_000_000 + "." + SEQUENCE.incrementAndGet();
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("displayName", "测试" + prefix);
        body.put("password", PASSWORD);
        body.put("roles", roles);
        if (region != null) body.put("region", region);
        Api.Response r = api.admin("POST", "/api/admin/accounts", body);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return username;
    }
}
