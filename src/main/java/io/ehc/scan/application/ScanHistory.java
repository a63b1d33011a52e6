package io.ehc.scan.application;

import io.ehc.institution.InstitutionLookup;
import io.ehc.institution.InstitutionView;
import io.ehc.scan.domain.ScanAudit;
import io.ehc.scan.domain.ScanRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** A resident reads which terminals scanned their identity codes (health code, ID number, e-voucher, legacy card). */
@Service
public class ScanHistory {
    /** One scan of the resident's code, as the resident sees it. */
    public record ScanOfMine(
            Instant scannedAt,
            String institutionCode,
            @Nullable String institutionName,
            String terminalId,
            String kind,
            String purpose,
            String outcome) {}

    private static final Duration WINDOW = Duration.ofDays(3660);

    private final ScanAudit audit;
    private final InstitutionLookup institutions;
    private final Clock clock;

    ScanHistory(ScanAudit audit, InstitutionLookup institutions, Clock clock) {
        this.audit = audit;
        this.institutions = institutions;
        this.clock = clock;
    }

    public List<ScanOfMine> ofResident(String masterIndex, int limit) {
        int bounded = Math.max(1, Math.min(limit, 500));
        return audit.ofResident(masterIndex, clock.instant().minus(WINDOW), bounded).stream()
                .map(this::view)
                .toList();
    }

    private ScanOfMine view(ScanRecord r) {
        return new ScanOfMine(
                r.scannedAt(),
                r.institutionCode(),
                institutions
                        .find(r.institutionCode())
                        .map(InstitutionView::name)
                        .orElse(null),
                r.terminalId(),
                r.kind().name(),
                r.purpose().name(),
                r.outcome());
    }
}
