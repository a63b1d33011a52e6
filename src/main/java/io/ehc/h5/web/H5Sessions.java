package io.ehc.h5.web;

import io.ehc.identity.MasterIndex;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * Puts a signed-in resident into the HTTP session: the session gets a new ID (session fixation), the CSRF token is
 * replaced, and the security context is saved in the session. The principal's name is the master index. The resident's
 * context and CSRF token live under session attributes of their own, so a browser session that also holds a staff
 * sign-in (another chain, the same session cookie) never lends one sign-in to the other's pages.
 */
@Component
class H5Sessions {
    static final String CONTEXT_ATTRIBUTE = "EHC_RESIDENT_SECURITY_CONTEXT";
    static final String CSRF_ATTRIBUTE = "EHC_RESIDENT_CSRF_TOKEN";

    private final HttpSessionCsrfTokenRepository csrfTokens = new HttpSessionCsrfTokenRepository();
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    H5Sessions() {
        csrfTokens.setSessionAttributeName(CSRF_ATTRIBUTE);
        contexts.setSpringSecurityContextKey(CONTEXT_ATTRIBUTE);
    }

    private final ChangeSessionIdAuthenticationStrategy fixation = new ChangeSessionIdAuthenticationStrategy();
    private final CsrfAuthenticationStrategy csrf = new CsrfAuthenticationStrategy(csrfTokens);

    HttpSessionCsrfTokenRepository csrfTokens() {
        return csrfTokens;
    }

    SecurityContextRepository contexts() {
        return contexts;
    }

    void signIn(MasterIndex resident, HttpServletRequest request, HttpServletResponse response) {
        Authentication auth = UsernamePasswordAuthenticationToken.authenticated(
                resident.value(), null, List.of(new SimpleGrantedAuthority("ROLE_RESIDENT")));
        request.getSession(true);
        fixation.onAuthentication(auth, request, response);
        csrf.onAuthentication(auth, request, response);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    static MasterIndex me(Authentication auth) {
        return new MasterIndex(auth.getName());
    }
}
