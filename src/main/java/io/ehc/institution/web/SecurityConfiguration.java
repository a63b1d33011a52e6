package io.ehc.institution.web;

import io.ehc.institution.application.TerminalCredentials;
import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.Problems;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Who may call what: terminals sign their requests ({@link TerminalSignatureFilter}); administrators use the
 * configured credentials over HTTP Basic (staff accounts come with the portals); health, metrics and API docs are
 * open. Every refusal is a problem document.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {
    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    SecurityFilterChain api(HttpSecurity http, TerminalCredentials credentials) throws Exception {
        http.csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.authenticationEntryPoint((req, res, e) ->
                        Problems.write(res, 401, ErrorCodes.BAD_CREDENTIALS, "authentication required")))
                .exceptionHandling(e -> e.authenticationEntryPoint((req, res, ex) ->
                                Problems.write(res, 401, ErrorCodes.BAD_CREDENTIALS, "authentication required"))
                        .accessDeniedHandler((req, res, ex) ->
                                Problems.write(res, 403, ErrorCodes.FORBIDDEN, "not allowed for this caller")))
                .addFilterBefore(new TerminalSignatureFilter(credentials), BasicAuthenticationFilter.class)
                .headers(
                        h -> h.contentSecurityPolicy(
                                c -> c.policyDirectives(
                                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; frame-ancestors 'none'")))
                .authorizeHttpRequests(a -> a.requestMatchers("/api/terminal/v1/time")
                        .permitAll()
                        .requestMatchers("/api/terminal/**")
                        .hasRole("TERMINAL")
                        .requestMatchers("/api/admin/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/api/**")
                        .hasAnyRole("ADMIN", "TERMINAL")
                        .requestMatchers(
                                "/actuator/health/**", "/actuator/health", "/actuator/prometheus", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .permitAll());
        return http.build();
    }

    /** BCrypt; the cost is configurable because every HTTP Basic call pays it (tests lower it). */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${ehc.admin.bcrypt-strength:10}") int strength) {
        return new BCryptPasswordEncoder(strength);
    }

    /**
     * No observation per security filter: under load they cost a quarter of request CPU (docs/benchmarks.md);
     * {@code http.server.requests} still times every request.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    UserDetailsService administrators(
            PasswordEncoder encoder,
            @Value("${ehc.admin.username:admin}") String username,
            @Value("${ehc.admin.password:}") String password) {
        String effective = password;
        if (effective.isBlank()) {
            byte[] raw = new byte[12];
            new SecureRandom().nextBytes(raw);
            effective = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
            log.warn(
                    "no EHC_ADMIN_PASSWORD set: administrator '{}' has the generated password {}", username, effective);
        }
        return new InMemoryUserDetailsManager(User.withUsername(username)
                .password(encoder.encode(effective))
                .roles("ADMIN")
                .build());
    }
}
