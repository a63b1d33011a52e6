package io.ehc.statistics.web;

import io.ehc.account.StaffPrincipal;
import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.InvalidInput;
import io.ehc.shared.error.PlatformException;
import io.ehc.statistics.application.CountCardUses;
import io.ehc.statistics.application.CountCards;
import io.ehc.statistics.application.CountCodeDisplays;
import io.ehc.statistics.application.FigureFilters;
import io.ehc.statistics.application.MeasureAdoption;
import io.ehc.statistics.application.MeasureCoverage;
import io.ehc.statistics.application.SummarizeRegion;
import io.ehc.statistics.domain.Table;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published figures as JSON or CSV ({@code Accept: text/csv} or {@code ?format=csv}). Every figure takes a region
 * (GB/T 2260 code of a province, city or county; the node's region by default), a period {@code from}–{@code to}
 * (local dates, both included; the last 30 days by default), a granularity (total, hour, day, month) and, where
 * figures are counted per institution, a grade. Administrators see every region; a regulator (staff session) sees
 * their own region and the regions within it, by default their own, and is refused any other with 403 (code 6105).
 */
@RestController
@RequestMapping("/api/v1/statistics")
@PreAuthorize("hasAnyRole('ADMIN', 'REGULATOR')")
@Tag(name = "Statistics", description = "监管统计 / the figures health commissions publish")
class StatisticsController {
    static final MediaType TEXT_CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final FigureFilters filters;
    private final CountCardUses uses;
    private final CountCards cards;
    private final MeasureCoverage coverage;
    private final CountCodeDisplays displays;
    private final MeasureAdoption adoption;
    private final SummarizeRegion summary;

    StatisticsController(
            FigureFilters filters,
            CountCardUses uses,
            CountCards cards,
            MeasureCoverage coverage,
            CountCodeDisplays displays,
            MeasureAdoption adoption,
            SummarizeRegion summary) {
        this.filters = filters;
        this.uses = uses;
        this.cards = cards;
        this.coverage = coverage;
        this.displays = displays;
        this.adoption = adoption;
        this.summary = summary;
    }

    @GetMapping("/summary")
    @Operation(summary = "Headline figures of a region and period in one row")
    ResponseEntity<?> summary(
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable Integer grade,
            @RequestParam(required = false) @Nullable String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
            Authentication caller) {
        boolean csv = csv(format, accept);
        region = scoped(region, caller);
        return respond(summary.summarize(filters.of(region, from, to, null, grade)), csv);
    }

    @GetMapping("/cards")
    @Operation(
            summary =
                    "Cards issued in each period and active at its end, by home city or county, channel or institution")
    ResponseEntity<?> cards(
            @Parameter(description = "total, city, county, channel, institution") @RequestParam(defaultValue = "total")
                    String groupBy,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String granularity,
            @Parameter(description = "only cards issued by institutions of this grade")
                    @RequestParam(required = false)
                    @Nullable
                    Integer grade,
            @RequestParam(required = false) @Nullable String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
            Authentication caller) {
        boolean csv = csv(format, accept);
        region = scoped(region, caller);
        return respond(cards.count(filters.of(region, from, to, granularity, grade), groupBy), csv);
    }

    @GetMapping("/coverage")
    @Operation(
            summary =
                    "Coverage: active cards ÷ resident population, per region with a population figure, at the end of 'to'")
    ResponseEntity<?> coverage(
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable Integer grade,
            @RequestParam(required = false) @Nullable String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
            Authentication caller) {
        boolean csv = csv(format, accept);
        region = scoped(region, caller);
        return respond(coverage.measure(filters.of(region, to, to, null, grade)), csv);
    }

    @GetMapping("/uses")
    @Operation(summary = "Card uses by care step, scene, channel, institution, city, county, home city or cross-region")
    ResponseEntity<?> uses(
            @Parameter(
                            description =
                                    "total, careStep, scene, channel, institution, city, county, homeCity, crossRegion")
                    @RequestParam(defaultValue = "total")
                    String groupBy,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String granularity,
            @RequestParam(required = false) @Nullable Integer grade,
            @RequestParam(required = false) @Nullable String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
            Authentication caller) {
        boolean csv = csv(format, accept);
        region = scoped(region, caller);
        return respond(uses.count(filters.of(region, from, to, granularity, grade), groupBy), csv);
    }

    @GetMapping("/code-displays")
    @Operation(summary = "Code displays (codes generated or refreshed) by code type or the card's home city or county")
    ResponseEntity<?> codeDisplays(
            @Parameter(description = "total, type, city, county") @RequestParam(defaultValue = "total") String groupBy,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String granularity,
            @RequestParam(required = false) @Nullable Integer grade,
            @RequestParam(required = false) @Nullable String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
            Authentication caller) {
        boolean csv = csv(format, accept);
        region = scoped(region, caller);
        return respond(displays.count(filters.of(region, from, to, granularity, grade), groupBy), csv);
    }

    @GetMapping("/adoption/institutions")
    @Operation(
            summary = "Share of the institutions of each grade in the region with at least one card use in the period")
    ResponseEntity<?> institutionAdoption(
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable Integer grade,
            @RequestParam(required = false) @Nullable String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
            Authentication caller) {
        boolean csv = csv(format, accept);
        region = scoped(region, caller);
        return respond(adoption.institutions(filters.of(region, from, to, null, grade)), csv);
    }

    @GetMapping("/adoption/services")
    @Operation(summary = "Share of the region's prefecture cities in which each of the eight services is in use")
    ResponseEntity<?> serviceAdoption(
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable Integer grade,
            @RequestParam(required = false) @Nullable String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
            Authentication caller) {
        boolean csv = csv(format, accept);
        region = scoped(region, caller);
        return respond(adoption.services(filters.of(region, from, to, null, grade)), csv);
    }

    @GetMapping("/services")
    @Operation(summary = "The eight services and the rules that map recorded scenes, care steps and channels to them")
    ResponseEntity<?> services(
            @RequestParam(required = false) @Nullable String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept) {
        return respond(adoption.catalogue(), csv(format, accept));
    }

    /** The region the caller asked for, or their own; refused when it lies outside what the caller may see. */
    private @Nullable String scoped(@Nullable String region, Authentication caller) {
        boolean admin = caller.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
        if (admin) return region;
        if (!(caller.getPrincipal() instanceof StaffPrincipal staff) || staff.region() == null)
            throw new PlatformException(ErrorCodes.FORBIDDEN, 403, "not allowed for this caller");
        if (region == null || region.isBlank()) return staff.region();
        String code = filters.region(region).code();
        if (!staff.mayView(code))
            throw new PlatformException(
                    ErrorCodes.OUTSIDE_JURISDICTION, 403, "region: outside the region this account may see");
        return code;
    }

    static boolean csv(@Nullable String format, @Nullable String accept) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw new InvalidInput("format", "must be json or csv");
            };
        }
        if (accept == null) return false;
        for (MediaType m : MediaType.parseMediaTypes(accept))
            if (m.getType().equalsIgnoreCase("text") && m.getSubtype().equalsIgnoreCase("csv")) return true;
        return false;
    }

    private static ResponseEntity<?> respond(Table table, boolean csv) {
        if (csv) {
            String name = table.figure() + fileSuffix(table.query()) + ".csv";
            return ResponseEntity.ok()
                    .contentType(TEXT_CSV)
                    .header(
                            HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment()
                                    .filename(name)
                                    .build()
                                    .toString())
                    .body(CsvTables.write(table));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("figure", table.figure());
        body.putAll(table.query());
        body.put("columns", table.columns());
        body.put("rows", table.records());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private static String fileSuffix(Map<String, Object> query) {
        StringBuilder b = new StringBuilder();
        for (String k : new String[] {"region", "from", "to"}) {
            Object v = query.get(k);
            if (v != null) b.append('-').append(v);
        }
        return b.toString();
    }
}
