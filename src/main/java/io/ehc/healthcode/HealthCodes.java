package io.ehc.healthcode;

import io.ehc.card.EhcId;

/** Issues and verifies health codes. */
public interface HealthCodes {
    IssuedCode issueDynamic(EhcId ehcId);

    IssuedCode issueStatic(EhcId ehcId);

    /** Verifies scanned text; throws {@link CodeRefused} with the reason's code when it does not verify. */
    VerifiedCode verify(String scanned);
}
