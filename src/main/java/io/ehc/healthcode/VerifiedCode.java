package io.ehc.healthcode;

import io.ehc.card.CardView;
import io.ehc.shared.jdbc.GroupCommitWriter;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A code that verified. {@code writes} (the verification count of a dynamic code, none for a static one) must commit
 * in the same group-commit unit as the caller's record of the use, before the terminal is answered: the count and the
 * use are stored together or not at all, and one commit wait covers both.
 */
public record VerifiedCode(
        CardView card,
        String codeType,
        @Nullable Instant expiresAt,
        int useNumber,
        List<GroupCommitWriter.Write> writes) {
    public VerifiedCode {
        writes = List.copyOf(writes);
    }
}
