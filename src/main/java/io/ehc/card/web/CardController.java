package io.ehc.card.web;

import io.ehc.card.CardView;
import io.ehc.card.EhcId;
import io.ehc.card.application.ApplyForCard;
import io.ehc.card.application.CardDirectory;
import io.ehc.card.application.ChangeCardState;
import io.ehc.card.application.MergeTemporaryCard;
import io.ehc.card.domain.Card;
import io.ehc.identity.MasterIndex;
import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/cards")
@PreAuthorize("hasAnyRole('ADMIN','TERMINAL')")
@Tag(name = "Cards", description = "电子健康卡申领与状态 / card issuance and lifecycle")
class CardController {
    record ApplyRequest(
            @NotBlank @Size(max = 64) String masterIndex,
            @NotBlank @Size(max = 4) String channel,
            @Nullable @Size(max = 32) String institutionCode) {}

    record TemporaryRequest(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 1) String sex,
            @NotNull LocalDate birthDate,
            @Nullable @Size(max = 20) String phone,
            @NotBlank @Size(max = 6) String homeRegion,
            @NotBlank @Size(max = 4) String channel,
            @Nullable @Size(max = 32) String institutionCode) {}

    record ReasonRequest(@Nullable @Size(max = 200) String reason) {}

    record RequiredReason(@NotBlank @Size(max = 200) String reason) {}

    record MergeRequest(@NotBlank @Size(max = 64) String formalEhcId) {}

    public record CardResponse(
            String ehcId,
            String masterIndex,
            String kind,
            String status,
            int generation,
            String homeRegion,
            String issuerCode,
            String issueChannel,
            @Nullable String issueInstitution,
            Instant issuedAt,
            @Nullable String mergedInto,
            @Nullable Boolean alreadyIssued) {
        public static CardResponse of(CardView v, @Nullable Boolean already) {
            return new CardResponse(
                    v.ehcId().value(),
                    v.masterIndex(),
                    v.kind().name(),
                    v.status().name(),
                    v.generation(),
                    v.homeRegion(),
                    v.issuerCode(),
                    v.issueChannel(),
                    v.issueInstitution(),
                    v.issuedAt(),
                    v.mergedInto() == null ? null : v.mergedInto().value(),
                    already);
        }
    }

    record HistoryEntry(
            String type,
            @Nullable String fromStatus,
            String toStatus,
            int generation,
            String actor,
            @Nullable String reason,
            Instant at) {}

    private final ApplyForCard apply;
    private final ChangeCardState change;
    private final MergeTemporaryCard merge;
    private final CardDirectory directory;

    CardController(ApplyForCard apply, ChangeCardState change, MergeTemporaryCard merge, CardDirectory directory) {
        this.apply = apply;
        this.change = change;
        this.merge = merge;
        this.directory = directory;
    }

    @PostMapping
    @Operation(summary = "Apply for a card: 201 when issued or restored, 200 with the existing card otherwise")
    ResponseEntity<CardResponse> apply(@Valid @RequestBody ApplyRequest r, Authentication who) {
        ApplyForCard.Application a =
                apply.apply(new MasterIndex(r.masterIndex()), r.channel(), r.institutionCode(), who.getName());
        return ResponseEntity.status(a.changed() ? 201 : 200)
                .body(CardResponse.of(CardDirectory.view(a.card()), !a.changed()));
    }

    @PostMapping("/temporary")
    @Operation(summary = "Issue a temporary card to a person without documents")
    ResponseEntity<CardResponse> temporary(@Valid @RequestBody TemporaryRequest r, Authentication who) {
        ApplyForCard.Application a = apply.issueTemporary(
                r.name(),
                r.sex(),
                r.birthDate(),
                r.phone(),
                r.homeRegion(),
                r.channel(),
                r.institutionCode(),
                who.getName());
        return ResponseEntity.status(201).body(CardResponse.of(CardDirectory.view(a.card()), null));
    }

    @GetMapping("/{ehcId}")
    CardResponse get(@PathVariable String ehcId) {
        return CardResponse.of(
                directory
                        .findByEhcId(new EhcId(ehcId))
                        .orElseThrow(() -> new NotFound(ErrorCodes.NOT_REGISTERED, "no such card")),
                null);
    }

    @GetMapping("/by-resident/{masterIndex}")
    CardResponse byResident(@PathVariable String masterIndex) {
        return CardResponse.of(
                directory
                        .findByMasterIndex(new MasterIndex(masterIndex).value())
                        .orElseThrow(() -> new NotFound(ErrorCodes.NOT_REGISTERED, "the resident holds no card")),
                null);
    }

    @GetMapping("/{ehcId}/history")
    @Operation(summary = "Every transition of the card: who, when, why")
    List<HistoryEntry> history(@PathVariable String ehcId) {
        EhcId id = new EhcId(ehcId);
        directory.findByEhcId(id).orElseThrow(() -> new NotFound(ErrorCodes.NOT_REGISTERED, "no such card"));
        return directory.history(id).stream()
                .map(t -> new HistoryEntry(
                        t.type(),
                        t.from() == null ? null : t.from().name(),
                        t.to().name(),
                        t.generation(),
                        t.actor(),
                        t.reason(),
                        t.at()))
                .toList();
    }

    @PostMapping("/{ehcId}/approve")
    @PreAuthorize("hasRole('ADMIN')")
    CardResponse approve(
            @PathVariable String ehcId,
            @Valid @RequestBody(required = false) @Nullable ReasonRequest r,
            Authentication who) {
        return respond(change.approve(new EhcId(ehcId), who.getName(), r == null ? null : r.reason()));
    }

    @PostMapping("/{ehcId}/reject")
    @PreAuthorize("hasRole('ADMIN')")
    CardResponse reject(@PathVariable String ehcId, @Valid @RequestBody RequiredReason r, Authentication who) {
        return respond(change.reject(new EhcId(ehcId), who.getName(), r.reason()));
    }

    @PostMapping("/{ehcId}/report-loss")
    CardResponse reportLoss(
            @PathVariable String ehcId,
            @Valid @RequestBody(required = false) @Nullable ReasonRequest r,
            Authentication who) {
        return respond(change.reportLost(new EhcId(ehcId), who.getName(), r == null ? null : r.reason()));
    }

    @PostMapping("/{ehcId}/reissue")
    @Operation(summary = "Reissue after loss: same EHC ID, every earlier QR code stops working")
    CardResponse reissue(
            @PathVariable String ehcId,
            @Valid @RequestBody(required = false) @Nullable ReasonRequest r,
            Authentication who) {
        return respond(change.reissue(new EhcId(ehcId), who.getName(), r == null ? null : r.reason()));
    }

    @PostMapping("/{ehcId}/freeze")
    @PreAuthorize("hasRole('ADMIN')")
    CardResponse freeze(@PathVariable String ehcId, @Valid @RequestBody RequiredReason r, Authentication who) {
        return respond(change.freeze(new EhcId(ehcId), who.getName(), r.reason()));
    }

    @PostMapping("/{ehcId}/unfreeze")
    @PreAuthorize("hasRole('ADMIN')")
    CardResponse unfreeze(
            @PathVariable String ehcId,
            @Valid @RequestBody(required = false) @Nullable ReasonRequest r,
            Authentication who) {
        return respond(change.unfreeze(new EhcId(ehcId), who.getName(), r == null ? null : r.reason()));
    }

    @PostMapping("/{ehcId}/cancel")
    CardResponse cancel(@PathVariable String ehcId, @Valid @RequestBody RequiredReason r, Authentication who) {
        return respond(change.cancel(new EhcId(ehcId), who.getName(), r.reason()));
    }

    @PostMapping("/{ehcId}/merge")
    @Operation(summary = "Merge a temporary card into the holder's formal card, with its use history")
    CardResponse merge(@PathVariable String ehcId, @Valid @RequestBody MergeRequest r, Authentication who) {
        return respond(merge.merge(new EhcId(ehcId), new EhcId(r.formalEhcId()), who.getName()));
    }

    private static CardResponse respond(Card c) {
        return CardResponse.of(CardDirectory.view(c), null);
    }
}
