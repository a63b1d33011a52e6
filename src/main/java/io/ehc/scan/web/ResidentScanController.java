package io.ehc.scan.web;

import io.ehc.scan.application.ScanHistory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in resident sees which terminals scanned their identity codes. */
@RestController
@PreAuthorize("hasRole('RESIDENT')")
@Tag(name = "Resident self-service", description = "居民本人 / the signed-in resident")
class ResidentScanController {
    private final ScanHistory history;

    ResidentScanController(ScanHistory history) {
        this.history = history;
    }

    @GetMapping("/api/resident/v1/me/scans")
    @Operation(summary = "Scans of my identity codes (health code, ID number, e-voucher, patient card), newest first")
    List<ScanHistory.ScanOfMine> mine(Authentication resident, @RequestParam(defaultValue = "100") int limit) {
        return history.ofResident(resident.getName(), limit);
    }
}
