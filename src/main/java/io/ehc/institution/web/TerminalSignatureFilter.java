package io.ehc.institution.web;

import io.ehc.institution.TerminalPrincipal;
import io.ehc.institution.application.TerminalCredentials;
import io.ehc.institution.domain.RequestSignature;
import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.PlatformException;
import io.ehc.shared.error.Problems;
import io.ehc.shared.web.CachedBodyRequest;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates terminal requests by their signature. Under {@code /api/terminal/} a signature is required; on the
 * other APIs a request that carries {@code X-EHC-Key} is authenticated the same way.
 */
class TerminalSignatureFilter extends OncePerRequestFilter {
    static final String KEY = "X-EHC-Key";
    static final String TIMESTAMP = "X-EHC-Timestamp";
    static final String NONCE = "X-EHC-Nonce";
    static final String SIGNATURE = "X-EHC-Signature";

    /** The authentication of a signed request; its name is {@code terminal:<key>}. */
    static final class TerminalAuthentication extends AbstractAuthenticationToken {
        private final TerminalPrincipal principal;

        TerminalAuthentication(TerminalPrincipal principal) {
            super(List.of(new SimpleGrantedAuthority("ROLE_TERMINAL")));
            this.principal = principal;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return principal;
        }

        @Override
        public String getName() {
            return "terminal:" + principal.keyId();
        }
    }

    private final TerminalCredentials credentials;

    TerminalSignatureFilter(TerminalCredentials credentials) {
        this.credentials = credentials;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getRequestURI();
        if (uri.equals("/api/terminal/v1/time")) return true;
        return !(uri.startsWith("/api/terminal/") || (uri.startsWith("/api/") && request.getHeader(KEY) != null));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(KEY);
        String ts = request.getHeader(TIMESTAMP);
        String nonce = request.getHeader(NONCE);
        String signature = request.getHeader(SIGNATURE);
        if (key == null || ts == null || nonce == null || signature == null) {
            Problems.write(
                    response,
                    401,
                    ErrorCodes.UNSIGNED_REQUEST,
                    "terminal requests must carry X-EHC-Key, X-EHC-Timestamp, X-EHC-Nonce and X-EHC-Signature");
            return;
        }
        String path =
                request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        String canonical =
                RequestSignature.canonical(request.getMethod(), path, ts, nonce, CachedBodyRequest.bodyOf(request));
        try {
            TerminalPrincipal principal = credentials.authenticate(key, ts, nonce, signature, canonical);
            SecurityContextHolder.getContext().setAuthentication(new TerminalAuthentication(principal));
        } catch (PlatformException e) {
            Problems.write(response, e.status(), e.code(), e.getMessage());
            return;
        }
        chain.doFilter(request, response);
    }
}
