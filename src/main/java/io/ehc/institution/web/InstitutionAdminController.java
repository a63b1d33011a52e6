package io.ehc.institution.web;

import io.ehc.institution.InstitutionView;
import io.ehc.institution.Terminal;
import io.ehc.institution.application.ManageInstitutions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Administration", description = "机构、科室与终端 / institutions, departments and terminals")
class InstitutionAdminController {
    record InstitutionRequest(
            @NotBlank @Size(max = 30) String code,
            @NotBlank @Size(max = 100) String name,
            @NotNull Integer grade,
            @NotBlank @Size(max = 10) String type,
            @NotBlank @Size(max = 6) String region) {}

    record DepartmentRequest(
            @NotBlank @Size(max = 4) String code,
            @NotBlank @Size(max = 100) String name) {}

    record TerminalRequest(
            @NotBlank @Size(max = 4) String departmentCode,
            @NotBlank @Size(max = 4) String channel,
            @Size(max = 100) String name) {}

    record TerminalView(
            String keyId,
            String terminalId,
            String institutionCode,
            String departmentCode,
            String channel,
            String name,
            String status) {
        static TerminalView of(Terminal t) {
            return new TerminalView(
                    t.keyId(),
                    t.institutionCode() + t.departmentCode(),
                    t.institutionCode(),
                    t.departmentCode(),
                    t.channel(),
                    t.name(),
                    t.status());
        }
    }

    record NewTerminalView(TerminalView terminal, String secret, String note) {}

    private final ManageInstitutions manage;

    InstitutionAdminController(ManageInstitutions manage) {
        this.manage = manage;
    }

    @PostMapping("/institutions")
    ResponseEntity<InstitutionView> add(@Valid @RequestBody InstitutionRequest r) {
        return ResponseEntity.status(201)
                .body(manage.addInstitution(r.code(), r.name(), r.grade(), r.type(), r.region()));
    }

    @GetMapping("/institutions")
    List<InstitutionView> all() {
        return manage.all();
    }

    @GetMapping("/institutions/{code}")
    InstitutionView one(@PathVariable String code) {
        return manage.find(code).orElseThrow(() -> new io.ehc.shared.error.NotFound("no such institution"));
    }

    @PostMapping("/institutions/{code}/departments")
    ResponseEntity<Void> department(@PathVariable String code, @Valid @RequestBody DepartmentRequest r) {
        manage.addDepartment(code, r.code(), r.name());
        return ResponseEntity.status(201).build();
    }

    @GetMapping("/institutions/{code}/departments")
    List<Map<String, Object>> departments(@PathVariable String code) {
        return manage.departments(code);
    }

    @PostMapping("/institutions/{code}/terminals")
    @Operation(summary = "Create a terminal; its secret is shown in this response only")
    ResponseEntity<NewTerminalView> terminal(@PathVariable String code, @Valid @RequestBody TerminalRequest r) {
        ManageInstitutions.NewTerminal t =
                manage.addTerminal(code, r.departmentCode(), r.channel(), r.name() == null ? "" : r.name());
        return ResponseEntity.status(201)
                .body(new NewTerminalView(
                        TerminalView.of(t.terminal()), t.secret(), "store the secret now: it is not shown again"));
    }

    @GetMapping("/institutions/{code}/terminals")
    List<TerminalView> terminals(@PathVariable String code) {
        return manage.terminals(code).stream().map(TerminalView::of).toList();
    }

    @PostMapping("/terminals/{keyId}/revoke")
    ResponseEntity<Void> revoke(@PathVariable String keyId) {
        manage.revokeTerminal(keyId);
        return ResponseEntity.noContent().build();
    }
}
