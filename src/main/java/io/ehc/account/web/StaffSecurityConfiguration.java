package io.ehc.account.web;

import io.ehc.account.StaffPrincipal;
import io.ehc.account.application.AuthenticateStaff;
import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The staff pages ({@code /login}, {@code /logout}, {@code /regulator/**}, {@code /admin/**}, {@code /counter/**}) and
 * the API calls those pages make with their session (the statistics API without an {@code Authorization} header):
 * form sign-in with a server-side session, the session's CSRF token on every state change, a new session ID at
 * sign-in, a strict content security policy. Terminals (signed requests) and the administrator's HTTP Basic calls
 * never reach this chain and stay stateless; see docs/decisions/0006-staff-accounts-and-sessions.md.
 */
@Configuration(proxyBeanMethods = false)
class StaffSecurityConfiguration {
    static final String LOGIN_USERNAME = "ehc.login.username";
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'none'";

    /** Which requests belong to the staff session chain. */
    static final RequestMatcher STAFF = request -> {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/login") || path.equals("/logout")) return true;
        for (String area : new String[] {"/regulator", "/admin", "/counter"})
            if (path.equals(area) || path.startsWith(area + "/")) return true;
        return path.startsWith("/api/v1/statistics/")
                && request.getHeader("Authorization") == null
                && request.getHeader("X-EHC-Key") == null;
    };

    @Bean
    @Order(2)
    SecurityFilterChain staffPages(
            HttpSecurity http,
            AuthenticateStaff staff,
            UserDetailsService administrators,
            PasswordEncoder adminEncoder,
            @Value("${ehc.admin.username:admin}") String adminUsername,
            @Value("${server.servlet.session.cookie.name:EHC_SESSION}") String sessionCookie)
            throws Exception {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setMatchingRequestParameterName(null);
        // Only pages are remembered for after sign-in: an API call without a session creates no session.
        cache.setRequestMatcher(
                req -> "GET".equals(req.getMethod()) && !path(req).startsWith("/api/"));
        http.securityMatcher(STAFF)
                .authenticationManager(new ProviderManager(
                        new StaffAuthenticationProvider(staff, administrators, adminEncoder, adminUsername)))
                .csrf(c -> c.csrfTokenRepository(new HttpSessionCsrfTokenRepository()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED)
                        .sessionFixation(f -> f.changeSessionId()))
                .requestCache(r -> r.requestCache(cache))
                .formLogin(f -> f.loginPage("/login")
                        .loginProcessingUrl("/login")
                        .successHandler((req, res, auth) -> res.sendRedirect(landing(req, res, auth, cache)))
                        .failureHandler(StaffSecurityConfiguration::failed)
                        .permitAll())
                .logout(l -> l.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .invalidateHttpSession(true)
                        .clearAuthentication(true)
                        .deleteCookies(sessionCookie))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        // The counter console may use the device camera to scan codes; no other staff page may.
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                StaffSecurityConfiguration::counterPage,
                                new StaticHeadersWriter(
                                        "Permissions-Policy", "camera=(self), microphone=(), geolocation=()")))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                req -> !counterPage(req),
                                new StaticHeadersWriter(
                                        "Permissions-Policy", "camera=(), microphone=(), geolocation=()"))))
                .exceptionHandling(e -> e.authenticationEntryPoint(StaffSecurityConfiguration::signInFirst)
                        .accessDeniedHandler((req, res, ex) -> {
                            if (ex instanceof CsrfException) {
                                if (path(req).equals("/login")) {
                                    res.sendRedirect(req.getContextPath() + "/login?expired");
                                    return;
                                }
                                Problems.write(
                                        res,
                                        403,
                                        ErrorCodes.CSRF_REJECTED,
                                        "the request carries no valid CSRF token of this session");
                                return;
                            }
                            String accept = req.getHeader("Accept");
                            if (!path(req).startsWith("/api/") && accept != null && accept.contains("text/html")) {
                                // A browser on a page: the error page (templates/error/403.html) in its language;
                                // other clients get the problem document below.
                                res.sendError(403);
                                return;
                            }
                            Problems.write(res, 403, ErrorCodes.FORBIDDEN, "not allowed for this caller");
                        }))
                .authorizeHttpRequests(a -> a.requestMatchers("/login")
                        .permitAll()
                        .requestMatchers("/regulator", "/regulator/**", "/api/v1/statistics/**")
                        .hasAnyRole("REGULATOR", "ADMIN")
                        .requestMatchers("/admin", "/admin/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/counter", "/counter/**")
                        .hasAnyRole("STAFF", "ADMIN")
                        .anyRequest()
                        .authenticated());
        return http.build();
    }

    private static final LoginUrlAuthenticationEntryPoint LOGIN_PAGE = new LoginUrlAuthenticationEntryPoint("/login");

    private static void signInFirst(HttpServletRequest req, HttpServletResponse res, AuthenticationException e)
            throws IOException, jakarta.servlet.ServletException {
        if (path(req).startsWith("/api/")) {
            // The same answer as the stateless chain's, so API clients see one contract (code 1005).
            Problems.write(res, 401, ErrorCodes.BAD_CREDENTIALS, "authentication required");
            return;
        }
        LOGIN_PAGE.commence(req, res, e);
    }

    private static void failed(HttpServletRequest req, HttpServletResponse res, AuthenticationException e)
            throws IOException {
        String typed = req.getParameter("username");
        HttpSession session = req.getSession();
        if (typed != null && typed.length() <= 64) session.setAttribute(LOGIN_USERNAME, typed.strip());
        boolean busy = e instanceof StaffAuthenticationProvider.SignInThrottled;
        res.sendRedirect(req.getContextPath() + (busy ? "/login?error=busy" : "/login?error"));
    }

    /** After sign-in: the staff page asked for before, else the role's home (administrators /admin/, regulators the dashboard). */
    static String landing(
            HttpServletRequest req, HttpServletResponse res, Authentication auth, HttpSessionRequestCache cache) {
        SavedRequest saved = cache.getRequest(req, res);
        cache.removeRequest(req, res);
        String base = req.getContextPath();
        if (saved != null) {
            String url = saved.getRedirectUrl();
            try {
                java.net.URI u = java.net.URI.create(url);
                String p = u.getRawPath() == null ? "" : u.getRawPath();
                if (p.startsWith(base + "/regulator")
                        || p.startsWith(base + "/admin")
                        || p.startsWith(base + "/counter"))
                    return p + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
            } catch (IllegalArgumentException ignored) {
                // fall through to the role's home
            }
        }
        if (auth.getPrincipal() instanceof StaffPrincipal p) {
            if (p.isAdmin()) return base + "/admin/";
            if (p.roles().contains("REGULATOR")) return base + "/regulator/";
            if (p.roles().contains("STAFF")) return base + "/counter/";
        }
        return base + "/";
    }

    static boolean counterPage(HttpServletRequest req) {
        String p = path(req);
        return p.equals("/counter") || p.startsWith("/counter/");
    }

    static String path(HttpServletRequest req) {
        return req.getRequestURI().substring(req.getContextPath().length());
    }
}
