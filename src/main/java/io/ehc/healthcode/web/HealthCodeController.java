package io.ehc.healthcode.web;

import io.ehc.card.EhcId;
import io.ehc.healthcode.HealthCodes;
import io.ehc.healthcode.IssuedCode;
import io.ehc.healthcode.infrastructure.QrImages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/cards/{ehcId}/codes")
@PreAuthorize("hasAnyRole('ADMIN','TERMINAL')")
@Tag(name = "Health codes", description = "健康码 / static and dynamic QR codes")
class HealthCodeController {
    private final HealthCodes codes;
    private final QrImages images;

    HealthCodeController(HealthCodes codes, QrImages images) {
        this.codes = codes;
        this.images = images;
    }

    @GetMapping("/dynamic")
    @Operation(summary = "A fresh dynamic code (type 0) with its validity in seconds")
    ResponseEntity<IssuedCode> dynamic(@PathVariable String ehcId) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(codes.issueDynamic(new EhcId(ehcId)));
    }

    @GetMapping("/static")
    @Operation(summary = "The static code (type 1, or 9 for a temporary card)")
    ResponseEntity<IssuedCode> statik(@PathVariable String ehcId) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(codes.issueStatic(new EhcId(ehcId)));
    }

    @GetMapping(value = "/{kind}.png", produces = MediaType.IMAGE_PNG_VALUE)
    @Operation(summary = "QR image (PNG, error correction H) of a fresh dynamic or the static code")
    ResponseEntity<byte[]> png(
            @PathVariable String ehcId, @PathVariable String kind, @RequestParam(defaultValue = "8") int scale) {
        IssuedCode code = issue(ehcId, kind);
        int s = Math.max(1, Math.min(scale, 20));
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header("X-EHC-Code", code.text())
                .body(images.png(code.text(), s, !"dynamic".equals(kind)));
    }

    @GetMapping(value = "/{kind}.svg", produces = "image/svg+xml")
    @Operation(summary = "QR image (SVG, error correction H) of a fresh dynamic or the static code")
    ResponseEntity<String> svg(@PathVariable String ehcId, @PathVariable String kind) {
        IssuedCode code = issue(ehcId, kind);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header("X-EHC-Code", code.text())
                .body(images.svg(code.text()));
    }

    private IssuedCode issue(String ehcId, String kind) {
        return switch (kind) {
            case "dynamic" -> codes.issueDynamic(new EhcId(ehcId));
            case "static" -> codes.issueStatic(new EhcId(ehcId));
            default -> throw new io.ehc.shared.error.NotFound("no such code kind; use dynamic or static");
        };
    }
}
