package io.ehc.usage;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A resident's own card uses, newest first, for the pages residents read (including a merged temporary card). */
public interface CardUseHistory {
    /** One use as the resident sees it: when, where (institution, terminal, city), how (channel) and what for. */
    record UseOfCard(
            Instant usedAt,
            String institutionCode,
            String terminalId,
            String useCity,
            String channel,
            String careStep,
            @Nullable String scene,
            boolean crossRegion) {}

    /** At most {@code limit} (1–500) uses of the resident's card in the last ten years; empty without a card. */
    List<UseOfCard> ofResident(String masterIndex, int limit);
}
