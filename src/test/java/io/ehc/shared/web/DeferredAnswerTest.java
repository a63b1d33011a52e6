package io.ehc.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockAsyncContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class DeferredAnswerTest {
    /** A response whose stream is non-blocking as a container's: writable or not, with the listener it was given. */
    static final class Connection extends HttpServletResponseWrapper {
        final ByteArrayOutputStream sent = new ByteArrayOutputStream();
        boolean writable = true;

        @Nullable
        WriteListener listener;

        Connection() {
            super(new MockHttpServletResponse());
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return writable;
                }

                @Override
                public void setWriteListener(WriteListener l) {
                    listener = l;
                }

                @Override
                public void write(int b) {
                    sent.write(b);
                }
            };
        }

        String text() {
            return sent.toString(StandardCharsets.UTF_8);
        }
    }

    private final MockHttpServletRequest plain = new MockHttpServletRequest("POST", "/api/terminal/v1/verify");
    private final CachedBodyRequest request = new CachedBodyRequest(plain, new byte[0]);
    private final Connection response = new Connection();
    private final CompletableFuture<Void> durable = new CompletableFuture<>();

    DeferredAnswerTest() {
        plain.setAsyncSupported(true);
    }

    private boolean start() {
        return DeferredAnswer.answerWhen(
                request,
                response,
                durable,
                r -> r.getOutputStream().write("ok".getBytes(StandardCharsets.UTF_8)),
                r -> {
                    r.setStatus(503);
                    r.getOutputStream().write("unavailable".getBytes(StandardCharsets.UTF_8));
                },
                35_000);
    }

    private MockAsyncContext async() {
        return (MockAsyncContext) plain.getAsyncContext();
    }

    private boolean completed() {
        // MockAsyncContext.complete() ends the request's async state
        return !plain.isAsyncStarted();
    }

    @Test
    void answersOnlyOnceTheContainerThreadHasLeftTheChain() {
        assertThat(start()).isTrue();
        assertThat(plain.isAsyncStarted()).isTrue();
        durable.complete(null);
        assertThat(response.text()).as("not while the filters unwind").isEmpty();
        assertThat(completed()).isFalse();
        DeferredAnswer.containerLeft(request);
        assertThat(response.text()).isEqualTo("ok");
        assertThat(completed()).isTrue();
    }

    @Test
    void answersWhenTheFutureCompletesAfterTheContainerLeft() {
        assertThat(start()).isTrue();
        DeferredAnswer.containerLeft(request);
        assertThat(response.text()).isEmpty();
        durable.complete(null);
        assertThat(response.text()).isEqualTo("ok");
        assertThat(completed()).isTrue();
    }

    @Test
    void aFailedFutureIsAnsweredWithTheFailure() {
        assertThat(start()).isTrue();
        DeferredAnswer.containerLeft(request);
        durable.completeExceptionally(new IllegalStateException("commit failed"));
        assertThat(response.text()).isEqualTo("unavailable");
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(completed()).isTrue();
    }

    @Test
    void waitsForTheConnectionInsteadOfBlocking() throws Exception {
        assertThat(start()).isTrue();
        assertThat(response.listener).isNotNull();
        response.writable = false;
        DeferredAnswer.containerLeft(request);
        durable.complete(null);
        assertThat(response.text()).isEmpty();
        assertThat(completed()).isFalse();
        response.writable = true;
        response.listener.onWritePossible();
        assertThat(response.text()).isEqualTo("ok");
        assertThat(completed()).isTrue();
        response.listener.onWritePossible();
        assertThat(response.text()).as("answered once").isEqualTo("ok");
    }

    @Test
    void aTimeoutIsAnsweredWithTheFailureAndALateCompletionChangesNothing() throws Exception {
        assertThat(start()).isTrue();
        DeferredAnswer.containerLeft(request);
        MockAsyncContext async = async();
        for (AsyncListener l : async.getListeners()) l.onTimeout(new AsyncEvent(async));
        assertThat(response.text()).isEqualTo("unavailable");
        durable.complete(null);
        assertThat(response.text()).isEqualTo("unavailable");
    }

    @Test
    void aRequestThatCannotGoAsynchronousIsLeftToTheCaller() {
        MockHttpServletRequest unguarded = new MockHttpServletRequest("POST", "/x");
        unguarded.setAsyncSupported(true);
        assertThat(DeferredAnswer.answerWhen(unguarded, response, durable, r -> {}, r -> {}, 1000))
                .isFalse();
        assertThat(unguarded.isAsyncStarted()).isFalse();
        plain.setAsyncSupported(false);
        assertThat(start()).isFalse();
        assertThat(plain.isAsyncStarted()).isFalse();
    }
}
