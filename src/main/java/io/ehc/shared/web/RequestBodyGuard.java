package io.ehc.shared.web;

import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads every API request body once, refuses bodies over the limit (413, code 1004) and text bodies that are not
 * valid UTF-8 (400, code 1003) before anything else runs, and hands the bytes on for signature checks.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyGuard extends OncePerRequestFilter {
    private final int maxBytes;

    RequestBodyGuard(@Value("${ehc.web.max-body-bytes:65536}") int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            Problems.write(response, 413, ErrorCodes.BODY_TOO_LARGE, "request body exceeds " + maxBytes + " bytes");
            return;
        }
        // a declared length (every signed terminal request) is read into an array of that size; the container gives
        // no more than it (and less only if the client sent less)
        byte[] body = declared >= 0
                ? request.getInputStream().readNBytes((int) declared)
                : readAtMost(request.getInputStream(), maxBytes);
        if (body == null) {
            Problems.write(response, 413, ErrorCodes.BODY_TOO_LARGE, "request body exceeds " + maxBytes + " bytes");
            return;
        }
        if (body.length > 0 && !isUtf8(body)) {
            Problems.write(response, 400, ErrorCodes.MALFORMED_BODY, "request body is not valid UTF-8");
            return;
        }
        CachedBodyRequest guarded = new CachedBodyRequest(request, body);
        try {
            chain.doFilter(guarded, response);
        } finally {
            if (guarded.isAsyncStarted()) DeferredAnswer.containerLeft(guarded);
        }
    }

    /** Whether the request passed this filter (its body is cached). */
    static boolean guarded(HttpServletRequest request) {
        jakarta.servlet.ServletRequest r = request;
        while (r instanceof jakarta.servlet.http.HttpServletRequestWrapper w) {
            if (w instanceof CachedBodyRequest) return true;
            r = w.getRequest();
        }
        return false;
    }

    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        int first = in.read();
        if (first == -1) return new byte[0]; // no body (a GET): no buffers
        if (max < 1) return null;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(first);
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) != -1) {
            if (out.size() + n > max) return null;
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private static boolean isAscii(byte[] body) {
        for (byte b : body) if (b < 0) return false;
        return true;
    }

    static boolean isUtf8(byte[] body) {
        if (isAscii(body)) return true;
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
