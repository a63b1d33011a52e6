package io.ehc.identity.web;

import io.ehc.identity.application.ResidentSessions;
import io.ehc.identity.infrastructure.SimulatedSmsSender;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Resident sign-in", description = "居民短信验证码登录 / resident sign-in with a one-time code")
class ResidentSessionController {
    record CodeRequest(@NotBlank @Size(max = 20) String phone) {}

    record SignInRequest(
            @NotBlank @Size(max = 20) String phone,
            @NotBlank @Size(min = 6, max = 6) String code) {}

    private final ResidentSessions sessions;
    private final SimulatedSmsSender outbox;

    ResidentSessionController(ResidentSessions sessions, SimulatedSmsSender outbox) {
        this.sessions = sessions;
        this.outbox = outbox;
    }

    @PostMapping("/api/resident/v1/otp")
    @Operation(
            summary = "Send a one-time code to a registered mobile number (the answer is the same for unknown numbers)")
    ResponseEntity<Void> otp(@Valid @RequestBody CodeRequest r) {
        sessions.sendCode(r.phone());
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/api/resident/v1/sessions")
    @Operation(summary = "Exchange the one-time code for a bearer token (30 minutes)")
    ResponseEntity<ResidentSessions.Session> signIn(@Valid @RequestBody SignInRequest r) {
        return ResponseEntity.status(201).body(sessions.signIn(r.phone(), r.code()));
    }

    @GetMapping("/api/admin/sms-outbox")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Messages the SMS simulator would have sent (demo only)")
    List<SimulatedSmsSender.Message> smsOutbox() {
        return outbox.outbox();
    }
}
