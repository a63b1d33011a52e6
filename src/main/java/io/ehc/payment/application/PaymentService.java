package io.ehc.payment.application;

import io.ehc.payment.ChargeCommand;
import io.ehc.payment.Payment;
import io.ehc.payment.Payments;
import io.ehc.payment.domain.PaymentRecords;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** The module's API, answered by its use cases. */
@Service
class PaymentService implements Payments {
    private final ChargePayment charge;
    private final RefundPayment refund;
    private final PaymentRecords records;

    PaymentService(ChargePayment charge, RefundPayment refund, PaymentRecords records) {
        this.charge = charge;
        this.refund = refund;
        this.records = records;
    }

    @Override
    public Payment charge(ChargeCommand command) {
        return charge.charge(command);
    }

    @Override
    public Optional<Payment> find(String institutionCode, UUID paymentId) {
        return records.find(paymentId).filter(p -> p.belongsTo(institutionCode)).map(p -> p.toPayment(false));
    }

    @Override
    public Payment refund(String institutionCode, UUID paymentId, long amountFen, String refundKey) {
        return refund.refund(institutionCode, paymentId, amountFen, refundKey);
    }
}
