package io.ehc.identity.web;

import io.ehc.identity.MasterIndex;
import io.ehc.identity.application.ManageFamily;
import io.ehc.identity.application.RegisterResident;
import io.ehc.identity.application.ResidentDirectory;
import io.ehc.identity.domain.Resident;
import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.NotFound;
import io.ehc.shared.privacy.Mask;
import io.ehc.shared.region.Regions;
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
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/residents")
@PreAuthorize("hasAnyRole('ADMIN','TERMINAL')")
@Tag(name = "Residents", description = "居民注册与家庭成员 / resident registration and family")
class ResidentController {
    record RegisterRequest(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 1) String sex,
            @NotBlank @Size(max = 2) String nationality,
            @NotNull LocalDate birthDate,
            @NotBlank @Size(max = 2) String documentType,
            @NotBlank @Size(max = 40) String documentNumber,
            @NotBlank @Size(max = 20) String phone,
            @NotBlank @Size(max = 400) String address,
            @NotBlank @Size(max = 6) String homeRegion) {}

    record ResidentView(
            String masterIndex,
            String name,
            String sex,
            String nationality,
            LocalDate birthDate,
            @Nullable String documentType,
            @Nullable String documentNumber,
            @Nullable String phone,
            @Nullable String address,
            String homeRegion,
            String homeRegionName,
            boolean temporary,
            Instant registeredAt,
            @Nullable Boolean alreadyRegistered) {}

    record BindRequest(
            @NotBlank @Size(max = 2) String documentType,
            @NotBlank @Size(max = 40) String documentNumber,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 1) String relation) {}

    record NewbornRequest(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 1) String sex,
            @NotNull LocalDate birthDate,
            @NotBlank @Size(max = 20) String birthCertificateNumber,
            @Nullable @Size(max = 2) String nationality,
            @Nullable @Size(max = 1) String relation) {}

    record MemberView(String masterIndex, String name, String relation, LocalDate birthDate, Instant boundAt) {}

    private final RegisterResident registration;
    private final ManageFamily family;
    private final ResidentDirectory directory;
    private final Regions regions;

    ResidentController(
            RegisterResident registration, ManageFamily family, ResidentDirectory directory, Regions regions) {
        this.registration = registration;
        this.family = family;
        this.directory = directory;
        this.regions = regions;
    }

    @PostMapping
    @Operation(summary = "Register a resident; the same document again returns the existing resident (200)")
    ResponseEntity<ResidentView> register(@Valid @RequestBody RegisterRequest r, Authentication who) {
        RegisterResident.Registration reg = registration.register(
                new io.ehc.identity.RegistrationForm(
                        r.name(),
                        r.sex(),
                        r.nationality(),
                        r.birthDate(),
                        r.documentType(),
                        r.documentNumber(),
                        r.phone(),
                        r.address(),
                        r.homeRegion()),
                who.getName());
        ResidentView view = view(load(reg.masterIndex()), !reg.created());
        return ResponseEntity.status(reg.created() ? 201 : 200).body(view);
    }

    @GetMapping("/{masterIndex}")
    ResidentView get(@PathVariable String masterIndex) {
        return view(load(new MasterIndex(masterIndex)), null);
    }

    @GetMapping("/by-document")
    @Operation(summary = "Find a resident by document (blind index; nothing is decrypted to search)")
    ResidentView byDocument(@RequestParam String documentType, @RequestParam String documentNumber) {
        MasterIndex mi = directory
                .findByDocument(documentType, documentNumber)
                .orElseThrow(() -> new NotFound(ErrorCodes.NOT_REGISTERED, "no resident holds that document"));
        return view(load(mi), null);
    }

    @GetMapping("/{masterIndex}/family")
    List<MemberView> members(@PathVariable String masterIndex) {
        return family.members(new MasterIndex(masterIndex)).stream()
                .map(b -> {
                    Resident m = load(b.member());
                    return new MemberView(
                            m.masterIndex().value(),
                            Mask.name(m.name().value()),
                            b.relation().code(),
                            m.birthDate(),
                            b.boundAt());
                })
                .toList();
    }

    @PostMapping("/{masterIndex}/family")
    @Operation(summary = "Bind a registered family member (owner's card must be active, code 7003 otherwise)")
    ResponseEntity<ResidentView> bind(
            @PathVariable String masterIndex, @Valid @RequestBody BindRequest r, Authentication who) {
        MasterIndex member = family.bind(
                new MasterIndex(masterIndex),
                r.documentType(),
                r.documentNumber(),
                r.name(),
                r.relation(),
                who.getName());
        return ResponseEntity.status(201).body(view(load(member), null));
    }

    @DeleteMapping("/{masterIndex}/family/{member}")
    ResponseEntity<Void> unbind(
            @PathVariable String masterIndex,
            @PathVariable String member,
            @RequestParam(defaultValue = "unbound by owner") @Size(max = 200) String reason,
            Authentication who) {
        family.unbind(new MasterIndex(masterIndex), new MasterIndex(member), reason, who.getName());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{masterIndex}/newborns")
    @Operation(summary = "Register a newborn with a birth certificate (type 08) and bind it to this parent")
    ResponseEntity<ResidentView> newborn(
            @PathVariable String masterIndex, @Valid @RequestBody NewbornRequest r, Authentication who) {
        RegisterResident.Registration reg = family.registerNewborn(
                new MasterIndex(masterIndex),
                r.name(),
                r.sex(),
                r.birthDate(),
                r.birthCertificateNumber(),
                r.nationality(),
                r.relation(),
                who.getName());
        return ResponseEntity.status(reg.created() ? 201 : 200).body(view(load(reg.masterIndex()), !reg.created()));
    }

    private Resident load(MasterIndex mi) {
        return directory.find(mi).orElseThrow(() -> new NotFound(ErrorCodes.NOT_REGISTERED, "no such resident"));
    }

    private ResidentView view(Resident r, @Nullable Boolean already) {
        return new ResidentView(
                r.masterIndex().value(),
                Mask.name(r.name().value()),
                r.sex().code(),
                r.nationality().code(),
                r.birthDate(),
                r.documentType() == null ? null : r.documentType().code(),
                r.documentNumber() == null ? null : Mask.document(r.documentNumber()),
                r.phone() == null ? null : Mask.phone(r.phone().value()),
                r.address() == null ? null : maskAddress(r.address()),
                r.homeRegion(),
                regions.nameOf(r.homeRegion()),
                r.temporary(),
                r.registeredAt(),
                already);
    }

    private static String maskAddress(String address) {
        int keep = Math.min(6, address.codePointCount(0, address.length()) / 2);
        return address.substring(0, address.offsetByCodePoints(0, keep)) + "****";
    }
}
