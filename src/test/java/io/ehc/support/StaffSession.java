package io.ehc.support;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A staff member's browser session without a browser: fetches the sign-in page (session cookie and CSRF token), posts
 * the form, and keeps the session cookie for later calls. Redirects are not followed, so tests see them.
 */
public final class StaffSession {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern COOKIE = Pattern.compile("EHC_SESSION=([^;]*)");
    private final String base;
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private String cookie = "";
    private String csrf = "";
    /** The session cookie before sign-in (to check that sign-in changes the session ID). */
    public String cookieBeforeSignIn = "";
    /** Where the sign-in answer redirected to. */
    public String landedOn = "";

    public HttpResponse<String> signInResponse;

    public StaffSession(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Signs in; answers whether the form sign-in succeeded (a redirect away from /login). */
    public boolean signIn(String username, String password) {
        HttpResponse<String> page = get("/login");
        Matcher m = CSRF.matcher(page.body());
        if (!m.find()) throw new IllegalStateException("no CSRF token on the sign-in page");
        csrf = m.group(1);
        cookieBeforeSignIn = cookie;
        signInResponse = post("/login", Map.of("username", username, "password", password, "_csrf", csrf));
        landedOn = signInResponse.headers().firstValue("Location").orElse("");
        return signInResponse.statusCode() == 302 && !landedOn.contains("/login");
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A form post; the map holds every field, including {@code _csrf} when the test wants one. */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        StringBuilder b = new StringBuilder();
        form.forEach((k, v) -> {
            if (b.length() > 0) b.append('&');
            b.append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(b.toString())));
    }

    public String csrfToken() {
        return csrf;
    }

    public String cookie() {
        return cookie;
    }

    private HttpResponse<String> send(HttpRequest.Builder b) {
        if (!cookie.isEmpty()) b.header("Cookie", "EHC_SESSION=" + cookie);
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (String c : r.headers().allValues("Set-Cookie")) {
                Matcher m = COOKIE.matcher(c);
                if (m.find()) cookie = m.group(1);
            }
            return r;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
