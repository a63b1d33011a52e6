package io.ehc.scan.web;

import io.ehc.institution.InstitutionLookup;
import io.ehc.institution.TerminalPrincipal;
import io.ehc.scan.application.ManageLegacyCards;
import io.ehc.scan.domain.LegacyCardScheme;
import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * 就诊卡对照: a terminal binds, unbinds and looks up its own institution's patient card numbers; an administrator sets
 * the pattern of an institution's numbers so the scan entry recognises them there.
 */
@RestController
@Tag(name = "Legacy patient cards", description = "院内就诊卡号与电子健康卡的对照 / legacy patient card cross-reference")
class LegacyCardController {
    record BindRequest(@NotBlank @Size(max = 64) String ehcId) {}

    record SchemeRequest(
            @NotBlank @Size(max = 200) String pattern,
            @Nullable @Size(max = 200) String description) {}

    record SchemeView(
            String institutionCode,
            String pattern,
            @Nullable String description) {
        static SchemeView of(LegacyCardScheme s) {
            return new SchemeView(s.institutionCode(), s.pattern(), s.description());
        }
    }

    private final ManageLegacyCards legacyCards;
    private final InstitutionLookup institutions;

    LegacyCardController(ManageLegacyCards legacyCards, InstitutionLookup institutions) {
        this.legacyCards = legacyCards;
        this.institutions = institutions;
    }

    @PutMapping("/api/terminal/v1/legacy-cards/{legacyId}")
    @Operation(summary = "Bind one of this institution's patient card numbers to an active health card (idempotent)")
    ManageLegacyCards.Binding bind(
            @AuthenticationPrincipal TerminalPrincipal terminal,
            @PathVariable String legacyId,
            @Valid @RequestBody BindRequest r) {
        return legacyCards.bind(terminal.institutionCode(), legacyId, r.ehcId(), terminal.terminalId());
    }

    @GetMapping("/api/terminal/v1/legacy-cards/{legacyId}")
    @Operation(summary = "The health card bound to one of this institution's patient card numbers")
    ManageLegacyCards.Binding lookUp(
            @AuthenticationPrincipal TerminalPrincipal terminal, @PathVariable String legacyId) {
        return legacyCards.lookUp(terminal.institutionCode(), legacyId);
    }

    @DeleteMapping("/api/terminal/v1/legacy-cards/{legacyId}")
    @Operation(summary = "Unbind a patient card number (the binding's history is kept)")
    ResponseEntity<Void> unbind(@AuthenticationPrincipal TerminalPrincipal terminal, @PathVariable String legacyId) {
        legacyCards.unbind(terminal.institutionCode(), legacyId, terminal.terminalId());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/api/admin/institutions/{code}/legacy-card-scheme")
    @Operation(summary = "Set the pattern (regular expression) of an institution's patient card numbers")
    SchemeView setScheme(@PathVariable String code, @Valid @RequestBody SchemeRequest r, Principal admin) {
        requireInstitution(code);
        return SchemeView.of(legacyCards.setScheme(code, r.pattern(), r.description(), admin.getName()));
    }

    @GetMapping("/api/admin/institutions/{code}/legacy-card-scheme")
    @Operation(summary = "The pattern of an institution's patient card numbers")
    SchemeView scheme(@PathVariable String code) {
        requireInstitution(code);
        return legacyCards
                .scheme(code)
                .map(SchemeView::of)
                .orElseThrow(() -> new NotFound(ErrorCodes.NOT_FOUND, "this institution has no patient card pattern"));
    }

    private void requireInstitution(String code) {
        if (institutions.find(code).isEmpty()) throw new NotFound(ErrorCodes.NOT_FOUND, "no such institution");
    }
}
