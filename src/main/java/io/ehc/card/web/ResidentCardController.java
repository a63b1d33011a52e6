package io.ehc.card.web;

import io.ehc.card.application.CardDirectory;
import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in resident's own card; the resident is the token's master index, never a URL parameter. */
@RestController
@PreAuthorize("hasRole('RESIDENT')")
@Tag(name = "Resident self-service", description = "居民本人 / the signed-in resident")
class ResidentCardController {
    private final CardDirectory directory;

    ResidentCardController(CardDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/api/resident/v1/me/card")
    @Operation(summary = "My card")
    CardController.CardResponse mine(Authentication resident) {
        return CardController.CardResponse.of(
                directory
                        .findByMasterIndex(resident.getName())
                        .orElseThrow(() -> new NotFound(ErrorCodes.NOT_REGISTERED, "you hold no card yet")),
                null);
    }
}
