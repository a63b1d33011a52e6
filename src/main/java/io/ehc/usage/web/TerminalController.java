package io.ehc.usage.web;

import io.ehc.identity.ResidentSummary;
import io.ehc.institution.TerminalPrincipal;
import io.ehc.shared.Node;
import io.ehc.shared.error.PlatformException;
import io.ehc.shared.error.Problems;
import io.ehc.shared.region.Regions;
import io.ehc.shared.web.DeferredAnswer;
import io.ehc.shared.web.JsonExchange;
import io.ehc.usage.HealthCodeScans;
import io.ehc.usage.VerifiedScan;
import io.ehc.usage.application.RecordCardUse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/terminal/v1")
@Tag(name = "Terminal", description = "终端扫码核验与用卡上报 / signed terminal API")
class TerminalController {
    record VerifyRequest(
            @NotBlank @Size(max = 256) String code,
            @NotBlank @Size(max = 6) String careStep,
            @Nullable @Size(max = 7) String scene,
            @Nullable @Size(max = 4) String department) {}

    record VerifyResponse(
            String ehcId,
            String codeType,
            String cardStatus,
            String cardKind,
            String name,
            String sex,
            int age,
            @Nullable String documentType,
            @Nullable String maskedDocument,
            String homeRegion,
            String homeRegionName,
            boolean crossRegion,
            UUID useId,
            Instant usedAt,
            String terminalId,
            int verificationNumber) {}

    record UsageRequest(
            @NotBlank @Size(max = 64) String clientRecordId,
            @NotBlank @Size(max = 64) String ehcId,
            @NotNull Instant usedAt,
            @NotBlank @Size(max = 6) String careStep,
            @Nullable @Size(max = 7) String scene,
            @Nullable @Size(max = 4) String department,
            @Nullable @Size(max = 4) String channel) {}

    record UsageResponse(UUID useId, Instant usedAt, boolean duplicate) {}

    private final RecordCardUse record;
    private final Regions regions;
    private final Node node;
    private final Clock clock;
    private final JsonExchange<VerifyRequest, VerifyResponse> verifyJson;
    /** As long as a synchronous wait for the use record ({@link RecordCardUse#await}) and a little more. */
    private static final long DURABLE_TIMEOUT_MILLIS = 35_000;

    TerminalController(
            RecordCardUse record, Regions regions, Node node, Clock clock, JsonMapper json, Validator validator) {
        this.record = record;
        this.regions = regions;
        this.node = node;
        this.clock = clock;
        this.verifyJson = new JsonExchange<>(json, validator, VerifyRequest.class, VerifyResponse.class);
    }

    /**
     * The endpoint every scan calls: its body and answer go through a prepared {@link JsonExchange} rather than
     * {@code @RequestBody} and a returned value, with the same errors (see there); the OpenAPI annotations describe
     * them.
     */
    @PostMapping("/verify")
    @Operation(
            summary = "Verify a scanned health code; answers the patient and records the card use (durably)",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            schema = @Schema(implementation = VerifyRequest.class))),
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            description = "the code verified and the use is recorded",
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            schema = @Schema(implementation = VerifyResponse.class))))
    void verify(
            @AuthenticationPrincipal TerminalPrincipal terminal,
            @Parameter(hidden = true) HttpServletRequest request,
            @Parameter(hidden = true) HttpServletResponse response)
            throws IOException, HttpMediaTypeNotSupportedException, MethodArgumentNotValidException {
        VerifyRequest r = verifyJson.read(request);
        HealthCodeScans.PendingScan pending =
                record.verifyPending(terminal, r.code(), r.careStep(), r.scene(), r.department());
        VerifyResponse answer = answerOf(pending.scan());
        // answered once the use record is durable, by the thread that made it so; no container thread waits for it
        if (DeferredAnswer.answerWhen(
                request,
                response,
                pending.durable(),
                res -> verifyJson.write(res, answer),
                res -> {
                    PlatformException e = RecordCardUse.unavailable();
                    Problems.write(res, e.status(), e.code(), e.getMessage());
                },
                DURABLE_TIMEOUT_MILLIS)) return;
        RecordCardUse.await(pending.durable());
        verifyJson.write(response, answer);
    }

    private VerifyResponse answerOf(VerifiedScan v) {
        ResidentSummary p = v.resident();
        int age = Period.between(p.birthDate(), LocalDate.now(clock.withZone(node.zone())))
                .getYears();
        return new VerifyResponse(
                v.code().card().ehcId().value(),
                v.code().codeType(),
                v.code().card().status().name(),
                v.code().card().kind().name(),
                p.name(),
                p.sex(),
                age,
                p.documentType(),
                p.maskedDocument(),
                v.code().card().homeRegion(),
                regions.nameOf(v.code().card().homeRegion()),
                v.crossRegion(),
                v.useId(),
                v.usedAt(),
                v.terminalId(),
                v.code().useNumber());
    }

    @PostMapping("/usage")
    @Operation(summary = "Report a card use without a scan; idempotent by clientRecordId (200 with duplicate=true)")
    ResponseEntity<UsageResponse> usage(
            @AuthenticationPrincipal TerminalPrincipal terminal, @Valid @RequestBody UsageRequest r) {
        RecordCardUse.Reported rep = record.report(
                terminal,
                r.clientRecordId(),
                r.ehcId(),
                r.usedAt(),
                r.careStep(),
                r.scene(),
                r.department(),
                r.channel());
        return ResponseEntity.status(rep.duplicate() ? 200 : 201)
                .body(new UsageResponse(rep.useId(), rep.usedAt(), rep.duplicate()));
    }

    @GetMapping("/time")
    @Operation(summary = "Platform time, for terminals to check their clock (unsigned)")
    Map<String, Object> time() {
        Instant now = clock.instant();
        return Map.of(
                "epochMillis",
                now.toEpochMilli(),
                "time",
                now.toString(),
                "zone",
                node.zone().getId());
    }
}
