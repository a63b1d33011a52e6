package io.ehc.insurance.domain;

import io.ehc.insurance.DecodedVoucher;

/** The insurer's e-voucher service. A repeated request ID is answered with the first answer (same token). */
public interface Insurer {
    Answer decode(VoucherNumber voucher, String businessType, String institutionCode, String requestId);

    /** What the insurer answered. */
    sealed interface Answer {
        record Decoded(DecodedVoucher voucher) implements Answer {}

        /** The insurer refused: the voucher is unknown or expired, or the business type is not supported. */
        record Refused(Reason reason) implements Answer {}

        /** No answer in time: the request may have been processed; repeat it with the same request ID. */
        record TimedOut() implements Answer {}

        record Unavailable(String reason) implements Answer {}
    }

    enum Reason {
        UNKNOWN_VOUCHER,
        EXPIRED_VOUCHER,
        UNSUPPORTED_BUSINESS_TYPE,
        BAD_REQUEST
    }
}
