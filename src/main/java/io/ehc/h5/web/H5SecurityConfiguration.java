package io.ehc.h5.web;

import io.ehc.h5.application.H5Settings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The resident pages ({@code /h5/**}) sign in to an HTTP session, unlike the resident API's bearer tokens: session
 * CSRF tokens on every form, a new session ID at sign-in, logout by POST, and headers that allow scripts and styles
 * from this origin only and no framing. Other paths are not touched by this chain.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(H5Settings.class)
class H5SecurityConfiguration {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(3)
    SecurityFilterChain residentPages(
            HttpSecurity http,
            H5Sessions sessions,
            @Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie)
            throws Exception {
        http.securityMatcher("/h5", "/h5/**")
                .csrf(c -> c.csrfTokenRepository(sessions.csrfTokens()))
                .securityContext(c -> c.securityContextRepository(sessions.contexts()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED)
                        .sessionFixation(f -> f.changeSessionId()))
                .requestCache(r -> r.disable())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/h5/signin"))
                        .accessDeniedHandler((req, res, ex) -> {
                            // A missing or stale CSRF token, or a page not for residents: a plain refusal page.
                            res.setStatus(403);
                            res.setContentType("text/html;charset=UTF-8");
                            req.getRequestDispatcher("/h5/refused").forward(req, res);
                        }))
                .logout(l -> l.logoutUrl("/h5/logout")
                        .logoutSuccessUrl("/h5/signin?out")
                        .deleteCookies(sessionCookie)
                        .invalidateHttpSession(true))
                .authorizeHttpRequests(a -> a.requestMatchers(
                                "/h5/signin",
                                "/h5/signin/**",
                                "/h5/signup",
                                "/h5/signup/**",
                                "/h5/sms-outbox",
                                "/h5/refused",
                                "/h5/error")
                        .permitAll()
                        .anyRequest()
                        .hasRole("RESIDENT"));
        return http.build();
    }
}
