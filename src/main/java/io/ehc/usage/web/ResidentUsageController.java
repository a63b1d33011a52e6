package io.ehc.usage.web;

import io.ehc.usage.application.UsageQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in resident's own use history: where and when their card was used. */
@RestController
@PreAuthorize("hasRole('RESIDENT')")
@Tag(name = "Resident self-service", description = "居民本人 / the signed-in resident")
class ResidentUsageController {
    private final UsageQueries queries;

    ResidentUsageController(UsageQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/resident/v1/me/card-uses")
    @Operation(summary = "My card uses, newest first (including a merged temporary card)")
    List<UsageController.UseView> mine(Authentication resident, @RequestParam(defaultValue = "100") int limit) {
        Instant now = Instant.now();
        return queries
                .historyOfResident(
                        resident.getName(), now.minus(3660, ChronoUnit.DAYS), now.plus(1, ChronoUnit.DAYS), limit)
                .stream()
                .map(UsageController.UseView::of)
                .toList();
    }
}
