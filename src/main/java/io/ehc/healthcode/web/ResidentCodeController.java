package io.ehc.healthcode.web;

import io.ehc.card.CardLookup;
import io.ehc.card.CardView;
import io.ehc.healthcode.HealthCodes;
import io.ehc.healthcode.IssuedCode;
import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in resident's own codes. */
@RestController
@PreAuthorize("hasRole('RESIDENT')")
@Tag(name = "Resident self-service", description = "居民本人 / the signed-in resident")
class ResidentCodeController {
    private final HealthCodes codes;
    private final CardLookup cards;

    ResidentCodeController(HealthCodes codes, CardLookup cards) {
        this.codes = codes;
        this.cards = cards;
    }

    @GetMapping("/api/resident/v1/me/codes/dynamic")
    @Operation(summary = "A fresh dynamic code of my card")
    ResponseEntity<IssuedCode> dynamic(Authentication resident) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(codes.issueDynamic(card(resident).ehcId()));
    }

    @GetMapping("/api/resident/v1/me/codes/static")
    @Operation(summary = "The static code of my card")
    ResponseEntity<IssuedCode> statik(Authentication resident) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(codes.issueStatic(card(resident).ehcId()));
    }

    private CardView card(Authentication resident) {
        return cards.findByMasterIndex(resident.getName())
                .orElseThrow(() -> new NotFound(ErrorCodes.NOT_REGISTERED, "you hold no card yet"));
    }
}
