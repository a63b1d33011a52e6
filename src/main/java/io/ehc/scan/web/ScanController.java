package io.ehc.scan.web;

import io.ehc.institution.TerminalPrincipal;
import io.ehc.scan.application.ScanCode;
import io.ehc.scan.application.ScanCommand;
import io.ehc.scan.application.ScanResult;
import io.ehc.scan.domain.ScanPurpose;
import io.ehc.shared.web.JsonExchange;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

@RestController
@Tag(name = "Terminal", description = "终端扫码核验与用卡上报 / signed terminal API")
class ScanController {
    /** The scanned text is validated for length by the use case, so that an over-long scan is audited too. */
    record ScanRequest(
            @NotNull String text,
            @NotBlank @Size(max = 20) String purpose,
            @Nullable @Size(max = 6) String careStep,
            @Nullable @Size(max = 7) String scene,
            @Nullable @Size(max = 4) String department,
            @Nullable @Positive Long amountFen,
            @Nullable @Size(max = 64) String idempotencyKey,
            @Nullable @Size(max = 128) String subject) {
        @Override
        public String toString() {
            return "ScanRequest[" + purpose + "]";
        }
    }

    private final ScanCode scans;
    private final JsonExchange<ScanRequest, ScanResult> json;

    ScanController(ScanCode scans, JsonMapper mapper, Validator validator) {
        this.scans = scans;
        this.json = new JsonExchange<>(mapper, validator, ScanRequest.class, ScanResult.class);
    }

    @PostMapping("/api/terminal/v1/scan")
    @Operation(
            summary =
                    "One scan entry for every code: recognises the kind, routes it to its service, answers in one shape",
            description = """
                    Kinds: health code (static/dynamic/temporary), insurance e-voucher, WeChat Pay, Alipay and UnionPay
                    payment codes, resident ID number, the institution's legacy patient card, SMART Health Card (shc:/),
                    EU Digital COVID Certificate (HC1:). Purposes: identify, register, consult, exam, pay,
                    pick_up_medicine, admit. Paying needs amountFen and idempotencyKey. Refusals are problem+json with
                    the kind recognised and the scan ID; every scan is audited.""",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            schema = @Schema(implementation = ScanRequest.class))),
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            description = "the code was recognised and its service answered",
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            schema = @Schema(implementation = ScanResult.class))))
    void scan(
            @AuthenticationPrincipal TerminalPrincipal terminal,
            @Parameter(hidden = true) HttpServletRequest request,
            @Parameter(hidden = true) HttpServletResponse response)
            throws IOException, HttpMediaTypeNotSupportedException, MethodArgumentNotValidException {
        json.write(response, scan(terminal, json.read(request)));
    }

    /** On the scan path, like the verify endpoint: body and answer through a prepared {@link JsonExchange}. */
    private ScanResult scan(TerminalPrincipal terminal, ScanRequest r) {
        return scans.scan(
                terminal,
                new ScanCommand(
                        r.text(),
                        ScanPurpose.of(r.purpose()),
                        r.careStep(),
                        r.scene(),
                        r.department(),
                        r.amountFen(),
                        r.idempotencyKey(),
                        r.subject()));
    }
}
