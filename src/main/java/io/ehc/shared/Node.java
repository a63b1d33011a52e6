package io.ehc.shared;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * This platform node: its 11-digit issuer code (the ORGCODE of DOMAIN.md §4, written into every code it issues so
 * that a federation can route a code to its issuer), its home region (GB/T 2260) and its time zone.
 */
@ConfigurationProperties("ehc.node")
public record Node(String issuerCode, String region, ZoneId zone) {
    public Node {
        if (issuerCode == null || !issuerCode.matches("[0-9]{11}"))
            throw new IllegalArgumentException("ehc.node.issuer-code must be 11 digits");
        if (region == null || !region.matches("[0-9]{6}"))
            throw new IllegalArgumentException("ehc.node.region must be a six-digit GB/T 2260 code");
    }
}
