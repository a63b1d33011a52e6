package io.ehc.scan.application;

import io.ehc.certificate.DecodedCertificate;
import io.ehc.payment.Payment;
import io.ehc.scan.domain.CodeKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The one shape of every scan's answer: the kind recognised, where it was routed, and that service's result — the
 * patient and card for identity-bearing codes, the recorded card use for health codes, the payment for payment codes,
 * the insurer's answer for an e-voucher, the decoded certificate for foreign certificates.
 */
public record ScanResult(
        UUID scanId,
        Instant scannedAt,
        CodeKind kind,
        @Nullable String variant,
        List<CodeKind> alsoMatched,
        String routedTo,
        @Nullable Patient patient,
        @Nullable CardUse cardUse,
        @Nullable Payment payment,
        @Nullable Insurance insurance,
        @Nullable DecodedCertificate certificate) {

    /**
     * 患者: the resident an identity-bearing code named, with their card (absent when the resident has none); the same
     * fields whichever code was shown.
     */
    public record Patient(
            @Nullable String ehcId,
            @Nullable String cardStatus,
            @Nullable String cardKind,
            String name,
            String sex,
            LocalDate birthDate,
            int age,
            @Nullable String documentType,
            @Nullable String maskedDocument,
            String homeRegion,
            @Nullable String homeRegionName,
            boolean crossRegion) {
        @Override
        public String toString() {
            return "Patient[" + ehcId + "]";
        }
    }

    /**
     * 医保电子凭证的解码结果: the insured region, the business type the voucher was used for, and the settlement
     * token for the terminal to settle with (never stored or logged by the platform).
     */
    public record Insurance(
            String insuredRegion,
            @Nullable String insuredRegionName,
            String businessType,
            @Nullable String businessTypeName,
            String settlementToken,
            Instant tokenExpiresAt) {
        @Override
        public String toString() {
            return "Insurance[" + insuredRegion + ", " + businessType + "]";
        }
    }

    /** The card use recorded for a verified health code. */
    public record CardUse(
            UUID useId, Instant usedAt, String terminalId, String careStep, String codeType, int verificationNumber) {}
}
