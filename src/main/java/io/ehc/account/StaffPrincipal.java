package io.ehc.account;

import java.io.Serializable;
import java.security.Principal;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The staff member of a web session (kept in the session, so it holds no password): a staff account, or the configured
 * administrator. {@code region} is the GB/T 2260 code a regulator is responsible for (管辖区域); null for the
 * administrator and for staff without one. {@code institutionCode} and {@code terminalKeyId} bind institution staff to
 * their institution and to the terminal the counter console acts as (null when unbound).
 */
public record StaffPrincipal(
        String username,
        String displayName,
        Set<String> roles,
        @Nullable String region,
        @Nullable String institutionCode,
        @Nullable String terminalKeyId)
        implements Principal, Serializable {
    public StaffPrincipal {
        roles = Set.copyOf(roles);
    }

    /** The username: what {@code Authentication.getName()} answers for a signed-in staff member. */
    @Override
    public String getName() {
        return username;
    }

    /** A staff member bound to no terminal. */
    public StaffPrincipal(
            String username,
            String displayName,
            Set<String> roles,
            @Nullable String region,
            @Nullable String institutionCode) {
        this(username, displayName, roles, region, institutionCode, null);
    }

    public boolean isAdmin() {
        return roles.contains("ADMIN");
    }

    /**
     * Whether this staff member may see figures of a region: administrators see everything; others only their own
     * region and the regions within it (a province 430000 sees every code starting 43, a city 430100 those starting
     * 4301, a county only itself).
     */
    public boolean mayView(String regionCode) {
        if (isAdmin()) return true;
        if (region == null) return false;
        return regionCode.startsWith(prefix(region));
    }

    /** The GB/T 2260 prefix of a region code: two digits for a province, four for a city, six for a county. */
    public static String prefix(String code) {
        if (code.endsWith("0000")) return code.substring(0, 2);
        if (code.endsWith("00")) return code.substring(0, 4);
        return code;
    }

    @Override
    public String toString() {
        return "StaffPrincipal[" + username + "]";
    }
}
