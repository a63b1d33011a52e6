package io.ehc.payment.web;

import io.ehc.institution.TerminalPrincipal;
import io.ehc.payment.ChargeCommand;
import io.ehc.payment.PayChannel;
import io.ehc.payment.Payment;
import io.ehc.payment.Payments;
import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.InvalidInput;
import io.ehc.shared.error.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payments for signed terminals: a terminal sees and refunds only its own institution's payments (another
 * institution's payment is answered 404, as if it did not exist).
 */
@RestController
@RequestMapping("/api/terminal/v1/payments")
@Tag(name = "Payments", description = "付款码支付、查询与退款 / payment codes, queries and refunds")
class PaymentController {
    /** {@code channel} may be left out: the code's format names it. {@link #toString()} masks the code. */
    record ChargeRequest(
            @Nullable PayChannel channel,
            @NotBlank @Size(max = 32) String paymentCode,
            @NotNull @Positive Long amountFen,
            @NotBlank @Size(max = 64) String idempotencyKey,
            @Nullable @Size(max = 128) String subject) {
        @Override
        public String toString() {
            return "ChargeRequest[channel=" + channel + ", paymentCode=****"
                    + (paymentCode == null || paymentCode.length() < 4
                            ? ""
                            : paymentCode.substring(paymentCode.length() - 4))
                    + ", amountFen=" + amountFen + ", idempotencyKey=" + idempotencyKey + "]";
        }
    }

    record RefundRequest(
            @NotNull @Positive Long amountFen,
            @NotBlank @Size(max = 64) String refundKey) {}

    private final Payments payments;

    PaymentController(Payments payments) {
        this.payments = payments;
    }

    @PostMapping
    @Operation(
            summary = "Charge a scanned payment code, once per idempotency key",
            description = "201 with the outcome (SUCCEEDED, DECLINED, INSUFFICIENT_FUNDS, FAILED); 202 when the outcome"
                    + " is UNKNOWN or PENDING (retry with the same key, or read the payment later); 200 when the key"
                    + " was seen before (replayed). 409 (5002) when the key was used for another payment.")
    ResponseEntity<Payment> charge(
            @AuthenticationPrincipal TerminalPrincipal terminal, @Valid @RequestBody ChargeRequest r) {
        PayChannel channel = r.channel() != null
                ? r.channel()
                : PayChannel.recognise(r.paymentCode())
                        .orElseThrow(() -> new InvalidInput(
                                ErrorCodes.PAYMENT_CODE_INVALID, "paymentCode", "not a payment code of any channel"));
        Payment p = payments.charge(new ChargeCommand(
                terminal.institutionCode(),
                terminal.terminalId(),
                channel,
                r.paymentCode(),
                r.amountFen(),
                r.idempotencyKey(),
                r.subject()));
        int status = !p.status().isSettled() ? 202 : p.replayed() ? 200 : 201;
        return ResponseEntity.status(status).body(p);
    }

    @GetMapping("/{paymentId}")
    @Operation(summary = "A payment of the terminal's institution")
    Payment get(@AuthenticationPrincipal TerminalPrincipal terminal, @PathVariable UUID paymentId) {
        return payments.find(terminal.institutionCode(), paymentId)
                .orElseThrow(() -> new NotFound(ErrorCodes.PAYMENT_NOT_FOUND, "no such payment"));
    }

    @PostMapping("/{paymentId}/refunds")
    @Operation(
            summary = "Refund part or all of a payment, once per refund key",
            description = "201 when refunded by this call, 200 when the refund key was seen before; 409 when the"
                    + " payment cannot be refunded (5004), the amount exceeds what remains (5005) or the key was"
                    + " used for another amount (5006); 422 when the channel refused (5007); 504/503 when the"
                    + " channel did not answer (5008/5009): retry with the same refund key.")
    ResponseEntity<Payment> refund(
            @AuthenticationPrincipal TerminalPrincipal terminal,
            @PathVariable UUID paymentId,
            @Valid @RequestBody RefundRequest r) {
        Payment p = payments.refund(terminal.institutionCode(), paymentId, r.amountFen(), r.refundKey());
        return ResponseEntity.status(p.replayed() ? 200 : 201).body(p);
    }
}
