package io.ehc.account.web;

import io.ehc.account.StaffPrincipal;
import io.ehc.account.application.AuthenticateStaff;
import java.util.List;
import java.util.Set;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Form sign-in of the staff pages: staff accounts through {@link AuthenticateStaff}, and the configured administrator
 * (the same credentials as HTTP Basic on the API) under the same per-client rate limit. Deliberately not a bean: a
 * provider bean would replace the HTTP Basic authentication of the stateless API chain.
 */
final class StaffAuthenticationProvider implements AuthenticationProvider {
    /** Too many attempts from this client: the sign-in page says so (it reveals nothing about the account). */
    static final class SignInThrottled extends AuthenticationException {
        SignInThrottled() {
            super("too many sign-in attempts");
        }
    }

    private final AuthenticateStaff staff;
    private final UserDetailsService administrators;
    private final PasswordEncoder adminEncoder;
    private final String adminUsername;

    StaffAuthenticationProvider(
            AuthenticateStaff staff,
            UserDetailsService administrators,
            PasswordEncoder adminEncoder,
            String adminUsername) {
        this.staff = staff;
        this.administrators = administrators;
        this.adminEncoder = adminEncoder;
        this.adminUsername = adminUsername;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = String.valueOf(authentication.getName());
        Object credentials = authentication.getCredentials();
        String password = credentials == null ? "" : credentials.toString();
        String client =
                authentication.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null
                        ? d.getRemoteAddress()
                        : "unknown";
        if (username.strip().equals(adminUsername)) {
            if (!staff.allowAttempt(client)) throw new SignInThrottled();
            return administrator(username.strip(), password);
        }
        AuthenticateStaff.Outcome outcome = staff.signIn(username, password, client);
        if (outcome instanceof AuthenticateStaff.SignedIn s) return authenticated(s.principal());
        if (outcome instanceof AuthenticateStaff.Throttled) throw new SignInThrottled();
        throw new BadCredentialsException("bad credentials");
    }

    private Authentication administrator(String username, String password) {
        UserDetails admin;
        try {
            admin = administrators.loadUserByUsername(username);
        } catch (UsernameNotFoundException e) {
            staff.spendAsMuchAsACheck(password);
            throw new BadCredentialsException("bad credentials");
        }
        if (admin.getPassword() == null || !adminEncoder.matches(password, admin.getPassword()))
            throw new BadCredentialsException("bad credentials");
        return authenticated(new StaffPrincipal(username, username, Set.of("ADMIN"), null, null));
    }

    static Authentication authenticated(StaffPrincipal p) {
        List<SimpleGrantedAuthority> authorities = p.roles().stream()
                .sorted()
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r))
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(p, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
