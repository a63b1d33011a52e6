package io.ehc.scan.web;

import io.ehc.institution.TerminalPrincipal;
import io.ehc.scan.application.ScanCode;
import io.ehc.scan.application.ScanCommand;
import io.ehc.scan.application.ScanResult;
import io.ehc.scan.domain.ScanPurpose;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

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

    ScanController(ScanCode scans) {
        this.scans = scans;
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
                    the kind recognised and the scan ID; every scan is audited.""")
    ScanResult scan(@AuthenticationPrincipal TerminalPrincipal terminal, @Valid @RequestBody ScanRequest r) {
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
