package io.ehc.payment;

import java.util.Optional;
import java.util.UUID;

/**
 * Payments with scanned payment codes. A payment is stored before the channel is called; a timeout or channel error
 * leaves it {@link PaymentStatus#UNKNOWN}, settled by a retry with the same idempotency key (which queries the channel
 * before charging again with the same merchant order number) or by the reconciler. Nothing is ever charged twice.
 */
public interface Payments {
    /**
     * Charges the code, or answers the earlier payment of the same idempotency key. Declined, insufficient funds and
     * unknown outcomes are answered as statuses. Throws {@code InvalidInput} (5001, 1002) for a bad command and
     * {@code Conflict} (5002) when the key was used for a different payment.
     */
    Payment charge(ChargeCommand command);

    /** The payment, only if it belongs to the institution. */
    Optional<Payment> find(String institutionCode, UUID paymentId);

    /**
     * Refunds part or all of a succeeded payment, once per refund key. Throws 5003 (not found), 5004 (not
     * refundable), 5005 (more than remains), 5006 (key reused for another amount), 5007 (channel refused), 5008
     * (channel timeout: retry with the same key) or 5009 (channel unavailable).
     */
    Payment refund(String institutionCode, UUID paymentId, long amountFen, String refundKey);
}
