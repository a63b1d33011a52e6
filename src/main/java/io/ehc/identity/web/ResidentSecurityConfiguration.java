package io.ehc.identity.web;

import io.ehc.identity.MasterIndex;
import io.ehc.identity.ResidentTokens;
import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The resident API ({@code /api/resident/**}): sign-in with a one-time code is open; everything under {@code /me}
 * needs the resident's bearer token, and a resident only ever reaches their own data (the master index comes from
 * the token, never from the URL).
 */
@Configuration(proxyBeanMethods = false)
class ResidentSecurityConfiguration {
    @Bean
    @Order(1)
    SecurityFilterChain residentApi(HttpSecurity http, ResidentTokens tokens) throws Exception {
        http.securityMatcher("/api/resident/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new BearerFilter(tokens), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(
                                (req, res, ex) -> Problems.write(res, 401, ErrorCodes.BAD_CREDENTIALS, "sign in first"))
                        .accessDeniedHandler((req, res, ex) ->
                                Problems.write(res, 403, ErrorCodes.FORBIDDEN, "not allowed for this caller")))
                .authorizeHttpRequests(a -> a.requestMatchers("/api/resident/v1/otp", "/api/resident/v1/sessions")
                        .permitAll()
                        .anyRequest()
                        .hasRole("RESIDENT"));
        return http.build();
    }

    static final class BearerFilter extends OncePerRequestFilter {
        private final ResidentTokens tokens;

        BearerFilter(ResidentTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (header != null && header.startsWith("Bearer ")) {
                Optional<MasterIndex> resident =
                        tokens.verify(header.substring(7).trim());
                if (resident.isEmpty()) {
                    Problems.write(
                            response, 401, ErrorCodes.BAD_CREDENTIALS, "the session token is invalid or expired");
                    return;
                }
                SecurityContextHolder.getContext()
                        .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                                resident.get().value(), null, List.of(new SimpleGrantedAuthority("ROLE_RESIDENT"))));
            }
            chain.doFilter(request, response);
        }
    }
}
