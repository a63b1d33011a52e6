package io.ehc.usage.domain;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * 用卡记录: one use of a card (DOMAIN.md §5): when, which card, which terminal (institution code + department code),
 * institution (and its grade at the time of use), region and city of use, channel and care step. A use in a city
 * other than the card's home city is a cross-region use. Written once, never changed. A use verified with a dynamic
 * health code keeps the code's expiry block ({@code codeBlock}, 32 hex digits): the use records are what counts a
 * code's verifications against its limit.
 */
public record CardUse(
        UUID useId,
        Instant usedAt,
        Instant recordedAt,
        String ehcId,
        String institutionCode,
        int institutionGrade,
        String departmentCode,
        String useRegion,
        String homeRegion,
        String channel,
        CareStep careStep,
        @Nullable Scene scene,
        String source,
        @Nullable String codeType,
        @Nullable String clientRecordId,
        @Nullable String codeBlock) {

    public String terminalId() {
        return institutionCode + departmentCode;
    }

    public String useCity() {
        return useRegion.substring(0, 4) + "00";
    }

    /** Cross-region: the city of use differs from the card's home city (prefecture level, GB/T 2260). */
    public boolean crossRegion() {
        return !useCity().equals(homeRegion.substring(0, 4) + "00");
    }
}
