package io.ehc.certificate.web;

import io.ehc.certificate.CertificateKind;
import io.ehc.certificate.application.ManageCertificateTrust;
import io.ehc.certificate.domain.SignerCertificate;
import io.ehc.certificate.domain.TrustEntry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/trust")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Certificate trust", description = "外国健康证书信任库 / trusted issuers of SMART Health Cards and EU DCCs")
class TrustAdminController {
    record ShcIssuerRequest(
            @NotBlank @Size(max = 255) String iss,
            @Nullable Map<String, Object> jwk,
            @Nullable Map<String, Object> jwks) {}

    record DccSignerRequest(
            @NotBlank @Size(max = SignerCertificate.MAX_TEXT)
            String certificate,

            @Nullable @Size(max = 2) String country) {}

    record TrustEntryView(
            long id,
            CertificateKind kind,
            String issuer,
            String keyId,
            String keyAlgorithm,
            @Nullable String description,
            @Nullable Instant validUntil,
            String status,
            Instant addedAt,
            String addedBy,
            @Nullable Instant revokedAt,
            @Nullable String revokedBy) {
        static TrustEntryView of(TrustEntry e) {
            return new TrustEntryView(
                    e.id() == null ? 0 : e.id(),
                    e.kind(),
                    e.issuer(),
                    e.keyId(),
                    e.keyAlgorithm(),
                    e.description(),
                    e.validUntil(),
                    e.active() ? "ACTIVE" : "REVOKED",
                    e.addedAt(),
                    e.addedBy(),
                    e.revokedAt(),
                    e.revokedBy());
        }
    }

    private final ManageCertificateTrust manage;

    TrustAdminController(ManageCertificateTrust manage) {
        this.manage = manage;
    }

    @PostMapping("/shc-issuers")
    @Operation(summary = "Trust a SMART Health Card issuer's key: iss and either one jwk or a jwks ({\"keys\":[...]})")
    ResponseEntity<List<TrustEntryView>> addShcIssuer(@Valid @RequestBody ShcIssuerRequest r, Authentication caller) {
        List<TrustEntry> added = manage.addSmartHealthCardIssuer(r.iss(), r.jwk(), r.jwks(), caller.getName());
        return ResponseEntity.status(201)
                .body(added.stream().map(TrustEntryView::of).toList());
    }

    @PostMapping("/dcc-signers")
    @Operation(
            summary = "Trust an EU DCC document signer certificate (PEM); its kid is the first 8 bytes of SHA-256(DER)")
    ResponseEntity<TrustEntryView> addDccSigner(@Valid @RequestBody DccSignerRequest r, Authentication caller) {
        return ResponseEntity.status(201)
                .body(TrustEntryView.of(manage.addDccSigner(r.certificate(), r.country(), caller.getName())));
    }

    @GetMapping
    @Operation(summary = "Every trust entry, revoked ones included, newest first; optionally of one kind")
    List<TrustEntryView> all(@RequestParam(required = false) @Nullable CertificateKind kind) {
        return manage.all(kind).stream().map(TrustEntryView::of).toList();
    }

    @PostMapping("/{id}/revoke")
    @Operation(summary = "Revoke a trust entry: certificates signed with its key become UNVERIFIED_ISSUER")
    ResponseEntity<Void> revoke(@PathVariable long id, Authentication caller) {
        manage.revoke(id, caller.getName());
        return ResponseEntity.noContent().build();
    }
}
