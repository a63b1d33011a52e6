package io.ehc.h5.application;

import io.ehc.institution.InstitutionLookup;
import io.ehc.institution.InstitutionView;
import io.ehc.scan.application.ScanHistory;
import io.ehc.shared.Node;
import io.ehc.shared.region.Regions;
import io.ehc.usage.CardUseHistory;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * 用卡记录 and 扫码记录 of a household member, a page at a time (newest first; the last 500 at most, as the modules
 * answer), with institution and city names.
 */
@Service
public class Histories {
    /** One page of a list and whether an older page exists. */
    public record Page<T>(List<T> items, int number, boolean hasOlder) {}

    public record Use(
            Instant at,
            String when,
            String institution,
            String terminalId,
            String city,
            String channel,
            String careStep,
            @Nullable String scene,
            boolean crossRegion) {}

    public record Scan(
            Instant at,
            String when,
            String institution,
            String terminalId,
            String kind,
            String purpose,
            String outcome) {}

    public static final int PAGE_SIZE = 10;
    private static final int MAX_PAGES = 50;

    private final CardUseHistory uses;
    private final ScanHistory scans;
    private final InstitutionLookup institutions;
    private final Regions regions;
    private final Node node;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    Histories(CardUseHistory uses, ScanHistory scans, InstitutionLookup institutions, Regions regions, Node node) {
        this.node = node;
        this.uses = uses;
        this.scans = scans;
        this.institutions = institutions;
        this.regions = regions;
    }

    public Page<Use> uses(Household.Person person, int page) {
        int p = bounded(page);
        List<CardUseHistory.UseOfCard> all = uses.ofResident(person.id(), (p + 1) * PAGE_SIZE + 1);
        return slice(
                all.stream()
                        .map(u -> new Use(
                                u.usedAt(),
                                local(u.usedAt()),
                                institutionName(u.institutionCode()),
                                u.terminalId(),
                                regions.nameOf(u.useCity()),
                                u.channel(),
                                u.careStep(),
                                u.scene(),
                                u.crossRegion()))
                        .toList(),
                p);
    }

    public Page<Scan> scans(Household.Person person, int page) {
        int p = bounded(page);
        List<ScanHistory.ScanOfMine> all = scans.ofResident(person.id(), (p + 1) * PAGE_SIZE + 1);
        return slice(
                all.stream()
                        .map(s -> new Scan(
                                s.scannedAt(),
                                local(s.scannedAt()),
                                s.institutionName() == null ? s.institutionCode() : s.institutionName(),
                                s.terminalId(),
                                s.kind(),
                                s.purpose(),
                                s.outcome()))
                        .toList(),
                p);
    }

    /** The time on the node's clock (Asia/Shanghai for the demo), as residents read it. */
    private String local(Instant at) {
        return WHEN.format(at.atZone(node.zone()));
    }

    private String institutionName(String code) {
        return institutions.find(code).map(InstitutionView::name).orElse(code);
    }

    private static int bounded(int page) {
        return Math.max(0, Math.min(page, MAX_PAGES - 1));
    }

    private static <T> Page<T> slice(List<T> all, int page) {
        int from = Math.min(all.size(), page * PAGE_SIZE);
        int to = Math.min(all.size(), from + PAGE_SIZE);
        return new Page<>(all.subList(from, to), page, all.size() > to);
    }
}
