package io.ehc.account.web;

import io.ehc.account.application.ManageAccounts;
import io.ehc.account.domain.Role;
import io.ehc.account.domain.StaffAccount;
import io.ehc.shared.region.Regions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff accounts for the administrator: open, list, read, disable, enable, reset the password. */
@RestController
@RequestMapping("/api/admin/accounts")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Staff accounts", description = "工作人员账户 / administrators, regulators and institution staff")
class AccountAdminController {
    record AccountRequest(
            @NotBlank @Size(max = 32) String username,
            @NotBlank @Size(max = 50) String displayName,
            @NotBlank @Size(max = 128) String password,
            @NotEmpty @Size(max = 3) List<@NotBlank String> roles,
            @Nullable @Size(max = 6) String region,
            @Nullable @Size(max = 30) String institutionCode,
            @Nullable @Size(max = 64) String terminalKeyId) {}

    record PasswordRequest(@NotBlank @Size(max = 128) String password) {}

    /** An account as the administrator sees it: never the password hash. */
    record AccountView(
            String username,
            String displayName,
            List<String> roles,
            @Nullable String region,
            @Nullable String regionName,
            @Nullable String institutionCode,
            @Nullable String terminalKeyId,
            boolean enabled,
            boolean locked,
            @Nullable Instant lockedUntil,
            int failedAttempts,
            Instant createdAt,
            @Nullable Instant lastSignInAt) {}

    private final ManageAccounts manage;
    private final Regions regions;
    private final Clock clock;

    AccountAdminController(ManageAccounts manage, Regions regions, Clock clock) {
        this.manage = manage;
        this.regions = regions;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Open a staff account (a regulator needs a region; the password must meet the password rules)")
    ResponseEntity<AccountView> open(@Valid @RequestBody AccountRequest r, Authentication who) {
        StaffAccount a = manage.open(
                new ManageAccounts.NewAccount(
                        r.username(),
                        r.displayName(),
                        r.password(),
                        r.roles(),
                        r.region(),
                        r.institutionCode(),
                        r.terminalKeyId()),
                who.getName());
        return ResponseEntity.status(201).body(view(a));
    }

    @GetMapping
    List<AccountView> all() {
        return manage.all().stream().map(this::view).toList();
    }

    @GetMapping("/{username}")
    AccountView one(@PathVariable String username) {
        return view(manage.get(username));
    }

    @PostMapping("/{username}/disable")
    @Operation(summary = "Disable an account: it can no longer sign in (accounts are never deleted)")
    AccountView disable(@PathVariable String username, Authentication who) {
        return view(manage.disable(username, who.getName()));
    }

    @PostMapping("/{username}/enable")
    AccountView enable(@PathVariable String username, Authentication who) {
        return view(manage.enable(username, who.getName()));
    }

    @PutMapping("/{username}/password")
    @Operation(summary = "Set a new password (also lifts a lock after failed sign-ins)")
    ResponseEntity<Void> resetPassword(
            @PathVariable String username, @Valid @RequestBody PasswordRequest r, Authentication who) {
        manage.resetPassword(username, r.password(), who.getName());
        return ResponseEntity.noContent().build();
    }

    private AccountView view(StaffAccount a) {
        String region = a.region() == null ? null : a.region().code();
        return new AccountView(
                a.username().value(),
                a.displayName(),
                a.roles().stream().map(Role::name).sorted().toList(),
                region,
                region == null ? null : regions.nameOf(region),
                a.institutionCode(),
                a.terminalKeyId(),
                a.enabled(),
                a.isLocked(clock.instant()),
                a.lockedUntil(),
                a.failedAttempts(),
                a.createdAt(),
                a.lastSignInAt());
    }
}
