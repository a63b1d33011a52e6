package io.ehc.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.DelegatingServletInputStream;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestBodyGuardTest {
    private final RequestBodyGuard guard = new RequestBodyGuard(64);

    /** A request whose body has no declared length (as a chunked one), read from a stream. */
    private static MockHttpServletRequest undeclared(byte[] body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/x") {
            @Override
            public jakarta.servlet.ServletInputStream getInputStream() {
                InputStream in = new ByteArrayInputStream(body);
                return new DelegatingServletInputStream(in);
            }

            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.setContentType("application/json");
        return request;
    }

    private static MockHttpServletRequest declared(byte[] body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/x");
        request.setContentType("application/json");
        request.setContent(body);
        return request;
    }

    /** The body the next filter saw, or null when the guard answered itself. */
    private @Nullable byte[] passed(MockHttpServletRequest request, MockHttpServletResponse response) throws Exception {
        MockFilterChain chain = new MockFilterChain();
        guard.doFilter(request, response, chain);
        if (chain.getRequest() == null) return null;
        return CachedBodyRequest.bodyOf((jakarta.servlet.http.HttpServletRequest) chain.getRequest());
    }

    @Test
    void handsOnTheBodyReadOnceWithOrWithoutADeclaredLength() throws Exception {
        byte[] json = "{\"name\":\"张三\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(passed(declared(json), new MockHttpServletResponse())).isEqualTo(json);
        assertThat(passed(undeclared(json), new MockHttpServletResponse())).isEqualTo(json);
        assertThat(passed(undeclared(new byte[0]), new MockHttpServletResponse()))
                .isEmpty();
        MockHttpServletRequest get = new MockHttpServletRequest("GET", "/api/x");
        assertThat(passed(get, new MockHttpServletResponse())).isEmpty();
    }

    @Test
    void refusesOversizedBodiesDeclaredOrNot() throws Exception {
        byte[] big = ("{\"code\":\"" + "A".repeat(60) + "\"}").getBytes(StandardCharsets.UTF_8);
        for (MockHttpServletRequest request : new MockHttpServletRequest[] {declared(big), undeclared(big)}) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            assertThat(passed(request, response)).isNull();
            assertThat(response.getStatus()).isEqualTo(413);
            assertThat(response.getContentType()).startsWith("application/problem+json");
            assertThat(response.getContentAsString()).contains("1004");
        }
        byte[] limit = "A".repeat(64).getBytes(StandardCharsets.UTF_8);
        assertThat(passed(undeclared(limit), new MockHttpServletResponse())).isEqualTo(limit);
    }

    @Test
    void refusesInvalidUtf8AndAcceptsEveryValidForm() throws Exception {
        for (byte[] invalid : new byte[][] {
            {'{', (byte) 0xff, '}'}, {(byte) 0xe5, (byte) 0xbc}, {(byte) 0xc0, (byte) 0x80}, {'a', (byte) 0x80}
        }) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            assertThat(passed(declared(invalid), response)).isNull();
            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(response.getContentAsString()).contains("1003");
        }
        assertThat(RequestBodyGuard.isUtf8("plain ascii {}".getBytes(StandardCharsets.US_ASCII)))
                .isTrue();
        assertThat(RequestBodyGuard.isUtf8("张三 𠀀 é".getBytes(StandardCharsets.UTF_8)))
                .isTrue();
    }
}
