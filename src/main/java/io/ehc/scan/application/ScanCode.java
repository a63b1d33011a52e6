package io.ehc.scan.application;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.ehc.card.CardLookup;
import io.ehc.card.CardView;
import io.ehc.card.EhcId;
import io.ehc.certificate.DecodedCertificate;
import io.ehc.certificate.HealthCertificates;
import io.ehc.identity.MasterIndex;
import io.ehc.identity.ResidentLookup;
import io.ehc.identity.ResidentSummary;
import io.ehc.institution.TerminalPrincipal;
import io.ehc.insurance.BusinessType;
import io.ehc.insurance.DecodedVoucher;
import io.ehc.insurance.InsuranceVouchers;
import io.ehc.payment.ChargeCommand;
import io.ehc.payment.PayChannel;
import io.ehc.payment.Payment;
import io.ehc.payment.Payments;
import io.ehc.scan.domain.LegacyCardScheme;
import io.ehc.scan.domain.LegacyCards;
import io.ehc.scan.domain.Recognition;
import io.ehc.scan.domain.Recognizers;
import io.ehc.scan.domain.ScanAudit;
import io.ehc.scan.domain.ScanContext;
import io.ehc.scan.domain.ScanPurpose;
import io.ehc.scan.domain.ScanRecord;
import io.ehc.scan.domain.ScannedText;
import io.ehc.shared.Ids;
import io.ehc.shared.Node;
import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.InvalidInput;
import io.ehc.shared.error.NotFound;
import io.ehc.shared.error.PlatformException;
import io.ehc.shared.region.Regions;
import io.ehc.usage.HealthCodeScans;
import io.ehc.usage.VerifiedScan;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * 扫码: the one scan entry. Normalises the text, recognises its kind with the {@link Recognizers registry}, routes
 * it to the module that owns the kind and answers in one shape. Every scan — accepted or refused — leaves an audit
 * record before it is answered; the record holds no secret.
 */
@Service
public class ScanCode {
    /** What a route found: the parts of the answer and what the audit keeps. */
    record Routed(
            ScanResult.@Nullable Patient patient,
            ScanResult.@Nullable CardUse cardUse,
            @Nullable Payment payment,
            ScanResult.@Nullable Insurance insurance,
            @Nullable DecodedCertificate certificate,
            @Nullable String masterIndex,
            @Nullable String ehcId,
            @Nullable String reference,
            @Nullable CompletableFuture<Void> durable) {
        Routed(
                ScanResult.@Nullable Patient patient,
                ScanResult.@Nullable CardUse cardUse,
                @Nullable Payment payment,
                ScanResult.@Nullable Insurance insurance,
                @Nullable DecodedCertificate certificate,
                @Nullable String masterIndex,
                @Nullable String ehcId,
                @Nullable String reference) {
            this(patient, cardUse, payment, insurance, certificate, masterIndex, ehcId, reference, null);
        }

        static Routed identity(ScanResult.Patient patient, String masterIndex) {
            return new Routed(patient, null, null, null, null, masterIndex, patient.ehcId(), null);
        }
    }

    private final Recognizers recognizers = Recognizers.standard();
    private final HealthCodeScans healthCodes;
    private final HealthCertificates certificates;
    private final Payments payments;
    private final InsuranceVouchers vouchers;
    private final ResidentLookup residents;
    private final CardLookup cards;
    private final LegacyCards legacyCards;
    private final ScanAudit audit;
    private final Regions regions;
    private final Node node;
    private final Clock clock;
    private final MeterRegistry meters;
    private final ConcurrentHashMap<String, Counter> counters = new ConcurrentHashMap<>();
    private final LoadingCache<String, Optional<Pattern>> schemes;

    ScanCode(
            HealthCodeScans healthCodes,
            HealthCertificates certificates,
            Payments payments,
            InsuranceVouchers vouchers,
            ResidentLookup residents,
            CardLookup cards,
            LegacyCards legacyCards,
            ScanAudit audit,
            Regions regions,
            Node node,
            Clock clock,
            MeterRegistry meters) {
        this.healthCodes = healthCodes;
        this.certificates = certificates;
        this.payments = payments;
        this.vouchers = vouchers;
        this.residents = residents;
        this.cards = cards;
        this.legacyCards = legacyCards;
        this.audit = audit;
        this.regions = regions;
        this.node = node;
        this.clock = clock;
        this.meters = meters;
        this.schemes = Caffeine.newBuilder()
                .executor(Runnable::run) // maintenance on the caller: no wake-up of a pool thread per request
                .maximumSize(100_000)
                .expireAfterWrite(Duration.ofSeconds(30))
                .build(institution -> legacyCards.scheme(institution).map(LegacyCardScheme::compiled));
    }

    /** The registry in use (for documentation and tests). */
    public Recognizers recognizers() {
        return recognizers;
    }

    public ScanResult scan(TerminalPrincipal terminal, ScanCommand command) {
        UUID scanId = Ids.timeOrdered(clock.millis());
        Instant at = clock.instant();
        Recognition recognition = Recognition.unknown();
        Routed routed;
        try {
            if (command.text().length() > ScannedText.MAX_LENGTH)
                throw new InvalidInput("text", "must be at most " + ScannedText.MAX_LENGTH + " characters");
            String text = ScannedText.normalise(command.text());
            if (text.isEmpty()) throw InvalidInput.missing("text");
            recognition = recognizers.recognise(
                    text,
                    new ScanContext(
                            command.purpose(),
                            schemes.get(terminal.institutionCode()).orElse(null)));
            routed = route(terminal, command, text, recognition);
        } catch (PlatformException refused) {
            record(terminal, command, scanId, at, recognition, refused.code(), null);
            throw refused.withDetail("scanId", scanId.toString())
                    .withDetail("kind", recognition.kind().name())
                    .withDetail("routedTo", recognition.kind().service());
        }
        Payment payment = routed.payment();
        record(
                terminal,
                command,
                scanId,
                at,
                recognition,
                payment == null ? ScanRecord.OK : payment.status().name(),
                routed);
        return new ScanResult(
                scanId,
                at,
                recognition.kind(),
                recognition.variant(),
                recognition.alsoMatched(),
                recognition.kind().service(),
                routed.patient(),
                routed.cardUse(),
                routed.payment(),
                routed.insurance(),
                routed.certificate());
    }

    /** Forgets the cached legacy card pattern of an institution (after it changed). */
    void forgetScheme(String institutionCode) {
        schemes.invalidate(institutionCode);
    }

    private Routed route(TerminalPrincipal terminal, ScanCommand command, String text, Recognition recognition) {
        return switch (recognition.kind()) {
            case HEALTH_CODE -> healthCode(terminal, command, text);
            case RESIDENT_ID -> residentId(terminal, text);
            case LEGACY_PATIENT_CARD -> legacyCard(terminal, text);
            case INSURANCE_VOUCHER -> insuranceVoucher(terminal, command, text);
            case WECHAT_PAY -> pay(terminal, command, text, PayChannel.WECHAT);
            case ALIPAY -> pay(terminal, command, text, PayChannel.ALIPAY);
            case UNIONPAY -> pay(terminal, command, text, PayChannel.UNIONPAY);
            case SMART_HEALTH_CARD, EU_DCC -> certificate(text);
            case UNKNOWN ->
                throw new PlatformException(
                        ErrorCodes.UNRECOGNISED_CODE, 422, "the scanned text is not a code the platform recognises");
        };
    }

    /**
     * A payment code charged for the amount, once per idempotency key (a retry with the same key never charges
     * twice). Declined, insufficient funds and an unknown outcome are answered as the payment's status.
     */
    private Routed pay(TerminalPrincipal terminal, ScanCommand command, String code, PayChannel channel) {
        if (command.purpose() != ScanPurpose.PAY)
            throw new PlatformException(
                    ErrorCodes.KIND_NOT_FOR_PURPOSE,
                    422,
                    "a payment code can only be used to pay (purpose pay); ask for the health card code");
        Long amount = command.amountFen();
        if (amount == null) throw InvalidInput.missing("amountFen");
        String key = command.idempotencyKey();
        if (key == null || key.isBlank()) throw InvalidInput.missing("idempotencyKey");
        Payment payment = payments.charge(new ChargeCommand(
                terminal.institutionCode(), terminal.terminalId(), channel, code, amount, key, command.subject()));
        return new Routed(
                null, null, payment, null, null, null, null, payment.paymentId().toString());
    }

    /** An e-voucher: the insurer names the person and the insured region and gives a settlement token. */
    private Routed insuranceVoucher(TerminalPrincipal terminal, ScanCommand command, String voucher) {
        String businessType = command.purpose().insuranceBusinessType();
        DecodedVoucher decoded = vouchers.decode(voucher, businessType, terminal.institutionCode());
        MasterIndex mi = residents
                .findByDocument(decoded.documentType(), decoded.documentNumber())
                .orElseThrow(() -> new NotFound(
                        ErrorCodes.NOT_REGISTERED,
                        "the insured person is not registered with the health card platform"));
        Routed person = identified(terminal, mi);
        ScanResult.Insurance insurance = new ScanResult.Insurance(
                decoded.insuredRegion(),
                regions.nameOf(decoded.insuredRegion()),
                businessType,
                BusinessType.ofCode(businessType).map(BusinessType::nameZh).orElse(null),
                decoded.settlementToken(),
                decoded.tokenExpiresAt());
        return new Routed(person.patient(), null, null, insurance, null, person.masterIndex(), person.ehcId(), null);
    }

    /** A foreign certificate: decoded, its signature checked against the trust store; it names no resident here. */
    private Routed certificate(String text) {
        DecodedCertificate decoded = certificates.decode(text);
        return new Routed(
                null, null, null, null, decoded, null, null, decoded.signature().name());
    }

    private Routed healthCode(TerminalPrincipal terminal, ScanCommand command, String text) {
        String careStep = command.careStep() == null || command.careStep().isBlank()
                ? command.purpose().careStep()
                : command.careStep();
        HealthCodeScans.PendingScan pending =
                healthCodes.verifyPending(terminal, text, careStep, command.scene(), command.department());
        VerifiedScan v = pending.scan();
        ScanResult.Patient patient = patient(v.resident(), v.code().card(), terminal);
        ScanResult.CardUse use = new ScanResult.CardUse(
                v.useId(),
                v.usedAt(),
                v.terminalId(),
                careStep,
                v.code().codeType(),
                v.code().useNumber());
        return new Routed(
                patient,
                use,
                null,
                null,
                null,
                v.resident().masterIndex(),
                patient.ehcId(),
                v.useId().toString(),
                pending.durable());
    }

    private Routed residentId(TerminalPrincipal terminal, String idNumber) {
        MasterIndex mi = residents
                .findByDocument("01", idNumber)
                .orElseThrow(
                        () -> new NotFound(ErrorCodes.NOT_REGISTERED, "no resident is registered with this ID number"));
        return identified(terminal, mi);
    }

    private Routed legacyCard(TerminalPrincipal terminal, String legacyId) {
        String ehcId = legacyCards
                .boundCard(terminal.institutionCode(), legacyId)
                .orElseThrow(() -> new NotFound(
                        ErrorCodes.NOT_REGISTERED,
                        "this patient card number is not bound to a health card at this institution"));
        CardView card = current(cards.findByEhcId(new EhcId(ehcId))
                .orElseThrow(() -> new NotFound(ErrorCodes.NOT_REGISTERED, "the bound health card does not exist")));
        return identified(terminal, new MasterIndex(card.masterIndex()));
    }

    /** The resident behind a master index, with their current card. */
    Routed identified(TerminalPrincipal terminal, MasterIndex mi) {
        ResidentSummary resident = residents
                .summary(mi)
                .orElseThrow(() -> new NotFound(ErrorCodes.NOT_REGISTERED, "the resident is not registered"));
        CardView card = cards.findByMasterIndex(mi.value()).map(this::current).orElse(null);
        return Routed.identity(patient(resident, card, terminal), resident.masterIndex());
    }

    /** A merged temporary card stands for the formal card it was merged into. */
    private CardView current(CardView card) {
        EhcId into = card.mergedInto();
        if (into == null) return card;
        return cards.findByEhcId(into).orElse(card);
    }

    private ScanResult.Patient patient(ResidentSummary r, @Nullable CardView card, TerminalPrincipal terminal) {
        int age = Period.between(r.birthDate(), LocalDate.now(clock.withZone(node.zone())))
                .getYears();
        String home = card != null ? card.homeRegion() : r.homeRegion();
        return new ScanResult.Patient(
                card == null ? null : card.ehcId().value(),
                card == null ? null : card.status().name(),
                card == null ? null : card.kind().name(),
                r.name(),
                r.sex(),
                r.birthDate(),
                age,
                r.documentType(),
                r.maskedDocument(),
                home,
                regions.nameOf(home),
                !city(home).equals(city(terminal.region())));
    }

    private static String city(String region) {
        return region.substring(0, 4) + "00";
    }

    private void record(
            TerminalPrincipal terminal,
            ScanCommand command,
            UUID scanId,
            Instant at,
            Recognition recognition,
            String outcome,
            @Nullable Routed routed) {
        counters.computeIfAbsent(
                        recognition.kind().name() + "|" + outcome,
                        k -> Counter.builder("ehc.scan")
                                .description("Scans at the multi-code entry, by kind recognised and outcome")
                                .tag("kind", recognition.kind().name())
                                .tag("outcome", outcome)
                                .register(meters))
                .increment();
        ScanRecord record = new ScanRecord(
                scanId,
                at,
                terminal.terminalId(),
                terminal.institutionCode(),
                command.purpose(),
                recognition.kind(),
                recognition.variant(),
                outcome,
                routed == null ? null : routed.masterIndex(),
                routed == null ? null : routed.ehcId(),
                routed == null ? null : routed.reference());
        CompletableFuture<Void> durable = audit.append(record);
        // A health code's use record and this audit record are committed by the same writer: one wait for both.
        if (routed != null && routed.durable() != null) durable = CompletableFuture.allOf(durable, routed.durable());
        try {
            durable.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        } catch (Exception e) {
            throw unavailable();
        }
    }

    private static PlatformException unavailable() {
        return new PlatformException(ErrorCodes.UNAVAILABLE, 503, "the scan could not be recorded; retry the scan");
    }
}
