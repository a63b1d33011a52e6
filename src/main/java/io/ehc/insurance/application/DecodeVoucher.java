package io.ehc.insurance.application;

import io.ehc.insurance.DecodedVoucher;
import io.ehc.insurance.InsuranceVouchers;
import io.ehc.insurance.domain.Insurer;
import io.ehc.insurance.domain.VoucherNumber;
import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.InvalidInput;
import io.ehc.shared.error.PlatformException;
import io.ehc.shared.region.Regions;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * 医保电子凭证解码: checks the voucher's form and province, asks the insurer under a fresh request ID and, when the
 * insurer does not answer in time, asks once more under the same request ID (so a request the insurer did process
 * yields the same settlement token, not a second one). Counted as {@code ehc_insurance_decodes_total{result}}.
 */
@Service
class DecodeVoucher implements InsuranceVouchers {
    private static final Logger log = LoggerFactory.getLogger(DecodeVoucher.class);

    private final Insurer insurer;
    private final Regions regions;
    private final MeterRegistry meters;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    DecodeVoucher(Insurer insurer, Regions regions, MeterRegistry meters) {
        this.insurer = insurer;
        this.regions = regions;
        this.meters = meters;
    }

    @Override
    public DecodedVoucher decode(String voucher, String businessType, String institutionCode) {
        VoucherNumber number = new VoucherNumber(voucher);
        if (!regions.exists(number.province() + "0000"))
            throw new InvalidInput(ErrorCodes.VOUCHER_INVALID, "voucher", "names no known province");
        if (businessType == null || !businessType.matches("[0-9]{5}"))
            throw new InvalidInput("businessType", "must be a 5-digit business type code");
        if (institutionCode == null || institutionCode.isBlank()) throw InvalidInput.missing("institutionCode");
        String requestId = UUID.randomUUID().toString().replace("-", "");
        Insurer.Answer answer = insurer.decode(number, businessType, institutionCode, requestId);
        if (answer instanceof Insurer.Answer.TimedOut) {
            log.warn("e-voucher {}: the insurer did not answer in time; asking again (request {})", number, requestId);
            answer = insurer.decode(number, businessType, institutionCode, requestId);
        }
        if (answer instanceof Insurer.Answer.Decoded decoded) {
            count("decoded");
            log.info("e-voucher {} decoded for business type {} (request {})", number, businessType, requestId);
            return decoded.voucher();
        }
        if (answer instanceof Insurer.Answer.Refused refused) {
            count(refused.reason().name().toLowerCase(Locale.ROOT));
            log.info("e-voucher {}: refused by the insurer ({})", number, refused.reason());
            throw switch (refused.reason()) {
                case UNKNOWN_VOUCHER ->
                    new PlatformException(ErrorCodes.VOUCHER_UNKNOWN, 404, "the insurer does not know this e-voucher");
                case EXPIRED_VOUCHER ->
                    new PlatformException(
                            ErrorCodes.VOUCHER_EXPIRED, 422, "the e-voucher has expired; show a fresh one");
                case UNSUPPORTED_BUSINESS_TYPE ->
                    new PlatformException(
                            ErrorCodes.BUSINESS_TYPE_UNSUPPORTED,
                            422,
                            "the insurer does not support business type " + businessType);
                case BAD_REQUEST ->
                    new InvalidInput(ErrorCodes.VOUCHER_INVALID, "voucher", "refused by the insurer as malformed");
            };
        }
        if (answer instanceof Insurer.Answer.TimedOut) {
            count("timeout");
            throw new PlatformException(ErrorCodes.INSURER_TIMEOUT, 504, "the insurer did not answer in time");
        }
        String reason = answer instanceof Insurer.Answer.Unavailable u ? u.reason() : "no answer";
        count("unavailable");
        log.warn("e-voucher {}: insurer unavailable ({})", number, reason);
        throw new PlatformException(ErrorCodes.INSURER_UNAVAILABLE, 503, "the insurer is unavailable");
    }

    private void count(String result) {
        counters.computeIfAbsent(
                        result,
                        r -> Counter.builder("ehc.insurance.decodes")
                                .description("E-voucher decodes by result")
                                .tag("result", r)
                                .register(meters))
                .increment();
    }
}
