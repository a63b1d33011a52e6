package io.ehc.insurance;

import io.ehc.shared.privacy.Mask;
import java.time.Instant;

/**
 * What the insurer answered for an e-voucher: the insured person, the insured region (GB/T 2260, 6 digits) and the
 * settlement token (certificate type 01) for the business type asked, valid until {@code tokenExpiresAt}. The token
 * is a secret: kept only in this answer, masked by {@link #toString()} with the name and document number.
 */
public record DecodedVoucher(
        String documentType,
        String documentNumber,
        String name,
        String insuredRegion,
        String settlementToken,
        Instant tokenExpiresAt) {
    @Override
    public String toString() {
        return "DecodedVoucher[documentType=" + documentType + ", documentNumber=" + Mask.document(documentNumber)
                + ", name=" + Mask.name(name) + ", insuredRegion=" + insuredRegion + ", settlementToken=****"
                + ", tokenExpiresAt=" + tokenExpiresAt + "]";
    }
}
