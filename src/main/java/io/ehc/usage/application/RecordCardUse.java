package io.ehc.usage.application;

import io.ehc.card.CardLookup;
import io.ehc.card.CardView;
import io.ehc.card.EhcId;
import io.ehc.healthcode.HealthCodes;
import io.ehc.healthcode.VerifiedCode;
import io.ehc.identity.MasterIndex;
import io.ehc.identity.ResidentLookup;
import io.ehc.identity.ResidentSummary;
import io.ehc.institution.TerminalPrincipal;
import io.ehc.shared.Channel;
import io.ehc.shared.crypto.Sm3;
import io.ehc.shared.error.Conflict;
import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.InvalidInput;
import io.ehc.shared.error.NotFound;
import io.ehc.shared.error.PlatformException;
import io.ehc.usage.HealthCodeScans;
import io.ehc.usage.VerifiedScan;
import io.ehc.usage.domain.CardUse;
import io.ehc.usage.domain.CardUses;
import io.ehc.usage.domain.CareStep;
import io.ehc.usage.domain.Scene;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * 用卡: a terminal scans a code (verify) or reports a use without a scan. A verification is answered only once its
 * use record (which also counts a dynamic code's verifications) is durable; a reported use is stored once per client record ID.
 */
@Service
public class RecordCardUse implements HealthCodeScans {
    /** A reported use and whether it was stored by this call or an earlier one with the same client record ID. */
    public record Reported(UUID useId, Instant usedAt, boolean duplicate) {}

    private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);
    private static final Duration OLDEST_REPORT = Duration.ofDays(366);

    private final HealthCodes codes;
    private final ResidentLookup residents;
    private final CardLookup cards;
    private final CardUses uses;
    private final Clock clock;
    private final TransactionOperations tx;

    RecordCardUse(
            HealthCodes codes,
            ResidentLookup residents,
            CardLookup cards,
            CardUses uses,
            Clock clock,
            TransactionOperations tx) {
        this.tx = tx;
        this.codes = codes;
        this.residents = residents;
        this.cards = cards;
        this.uses = uses;
        this.clock = clock;
    }

    @Override
    public PendingScan verifyPending(
            TerminalPrincipal terminal,
            String scanned,
            String careStep,
            @Nullable String scene,
            @Nullable String department) {
        CareStep step = new CareStep(careStep);
        Scene sc = scene(scene, step);
        String dept = department(terminal, department);
        VerifiedCode code = codes.verify(scanned);
        ResidentSummary resident = residents
                .summary(new MasterIndex(code.card().masterIndex()))
                .orElseThrow(() -> new NotFound(ErrorCodes.NOT_REGISTERED, "the card's resident is not registered"));
        Instant now = clock.instant();
        CardUse use = new CardUse(
                io.ehc.shared.Ids.timeOrdered(now.toEpochMilli()),
                now,
                now,
                code.card().ehcId().value(),
                terminal.institutionCode(),
                terminal.grade(),
                dept,
                terminal.region(),
                code.card().homeRegion(),
                terminal.channel(),
                step,
                sc,
                "SCAN",
                code.codeType(),
                null,
                code.codeBlock());
        return new PendingScan(
                new VerifiedScan(code, resident, use.useId(), use.usedAt(), use.terminalId(), use.crossRegion()),
                uses.append(use));
    }

    /**
     * Stores a reported use once per client record ID. The transaction is programmatic so that this service has no
     * proxy: {@link #verifyPending}, called for every scan, goes straight to the code.
     */
    public Reported report(
            TerminalPrincipal terminal,
            String clientRecordId,
            String ehcId,
            Instant usedAt,
            String careStep,
            @Nullable String scene,
            @Nullable String department,
            @Nullable String channel) {
        if (!clientRecordId.matches("[A-Za-z0-9_.:-]{1,64}"))
            throw new InvalidInput("clientRecordId", "must be 1-64 characters of [A-Za-z0-9_.:-]");
        CareStep step = new CareStep(careStep);
        Scene sc = scene(scene, step);
        String dept = department(terminal, department);
        String ch =
                channel == null ? terminal.channel() : Channel.ofCode(channel).code();
        Instant now = clock.instant();
        if (usedAt.isAfter(now.plus(FUTURE_TOLERANCE))) throw new InvalidInput("usedAt", "must not be in the future");
        if (usedAt.isBefore(now.minus(OLDEST_REPORT))) throw new InvalidInput("usedAt", "must be within the last year");
        CardView card = cards.findByEhcId(new EhcId(ehcId))
                .orElseThrow(() -> new NotFound(ErrorCodes.NOT_REGISTERED, "no card with this EHC ID"));
        byte[] digest = Sm3.digest(
                String.join("|", ehcId, usedAt.toString(), step.code(), sc == null ? "" : sc.code(), dept, ch)
                        .getBytes(StandardCharsets.UTF_8));
        CardUse use = new CardUse(
                io.ehc.shared.Ids.timeOrdered(now.toEpochMilli()),
                usedAt,
                now,
                card.ehcId().value(),
                terminal.institutionCode(),
                terminal.grade(),
                dept,
                terminal.region(),
                card.homeRegion(),
                ch,
                step,
                sc,
                "REPORT",
                null,
                clientRecordId,
                null);
        return tx.execute(status -> storeOnce(use, digest));
    }

    /** In one transaction: the earlier use with this client record ID, or this one, stored. */
    private Reported storeOnce(CardUse use, byte[] digest) {
        String institution = use.institutionCode();
        String clientRecordId = java.util.Objects.requireNonNull(use.clientRecordId());
        var earlier = uses.findReported(institution, clientRecordId);
        if (earlier.isPresent()) return duplicate(earlier.get(), digest);
        return uses.appendReported(use, digest)
                .map(id -> new Reported(id, use.usedAt(), false))
                .orElseGet(() ->
                        duplicate(uses.findReported(institution, clientRecordId).orElseThrow(), digest));
    }

    private static Reported duplicate(CardUses.ReportedUse earlier, byte[] digest) {
        if (!Arrays.equals(earlier.payloadDigest(), digest))
            throw new Conflict(ErrorCodes.CONFLICT, "this client record ID was already used for a different use");
        return new Reported(earlier.useId(), earlier.usedAt(), true);
    }

    private static @Nullable Scene scene(@Nullable String scene, CareStep step) {
        if (scene == null || scene.isBlank()) return null;
        Scene sc = new Scene(scene);
        if (!sc.refines(step)) throw new InvalidInput("scene", "does not belong to the care step");
        return sc;
    }

    private static String department(TerminalPrincipal terminal, @Nullable String department) {
        if (department == null || department.isBlank()) return terminal.departmentCode();
        if (!department.matches("[0-9]{4}")) throw new InvalidInput("department", "must be 4 digits");
        return department;
    }

    /** Waits for a pending scan's use record to be durable; a 503 ({@link #unavailable}) if it cannot be. */
    public static void await(CompletableFuture<Void> durable) {
        try {
            durable.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        } catch (Exception e) {
            throw unavailable();
        }
    }

    /** The refusal of a scan whose use record could not be stored: nothing was accepted. */
    public static PlatformException unavailable() {
        return new PlatformException(ErrorCodes.UNAVAILABLE, 503, "the use record could not be stored; retry the scan");
    }
}
