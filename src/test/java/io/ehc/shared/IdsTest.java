package io.ehc.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {
    @Test
    void makesVersionSevenUuidsOrderedByTime() {
        UUID a = Ids.timeOrdered(1_764_000_000_000L);
        UUID b = Ids.timeOrdered(1_764_000_000_001L);
        assertThat(a.version()).isEqualTo(7);
        assertThat(a.variant()).isEqualTo(2);
        assertThat(a.getMostSignificantBits() >>> 16).isEqualTo(1_764_000_000_000L);
        assertThat(Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits()))
                .isNegative();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) seen.add(Ids.timeOrdered(1_764_000_000_000L));
        assertThat(seen).hasSize(10_000);
    }
}
