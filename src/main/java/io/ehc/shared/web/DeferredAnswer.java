package io.ehc.shared.web;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An answer written once a future completes, without a container thread waiting for it: the verify endpoint answers
 * only once its use record is durable, and a thread parked for each waiting request (and woken for each) cost about a
 * tenth of the server's CPU for a verification (docs/benchmarks.md). The request goes asynchronous (Servlet async);
 * the thread that completes the future writes the answer and completes the request.
 *
 * <p>The answer is written only after the container thread has left the filter chain ({@link RequestBodyGuard}, the
 * outermost filter of the API that touches the response, says when): filters still unwinding on that thread
 * (security headers, for one) must not race with the write. Whichever of the two comes second writes. The response
 * is written without blocking (a {@link WriteListener}): the thread that completes the future answers many requests
 * one after another, and a client that does not read its answers must not hold it up; when the connection cannot take
 * the answer now, the container calls {@link #onWritePossible} once it can. An answer that does not come within the
 * timeout is a 503 problem, as a synchronous wait would give.
 */
public final class DeferredAnswer implements WriteListener {
    /** Writes an answer to the response. */
    @FunctionalInterface
    public interface Writer {
        void write(HttpServletResponse response) throws IOException;
    }

    private static final Logger log = LoggerFactory.getLogger(DeferredAnswer.class);
    private static final String ATTRIBUTE = DeferredAnswer.class.getName();
    private static final int CONTAINER_LEFT = 1;
    private static final int READY = 2;

    private final AsyncContext async;
    private final HttpServletResponse response;
    private final AtomicInteger state = new AtomicInteger();
    private final AtomicBoolean answered = new AtomicBoolean();
    private volatile @Nullable Writer writer;

    private DeferredAnswer(AsyncContext async, HttpServletResponse response) {
        this.async = async;
        this.response = response;
    }

    /**
     * Answers with {@code onDone} once {@code done} completes normally and with {@code onFailure} otherwise; returns
     * false, doing nothing, when the request cannot go asynchronous (it did not pass {@link RequestBodyGuard}, or a
     * part of the chain does not support it): the caller then waits and answers itself.
     */
    public static boolean answerWhen(
            HttpServletRequest request,
            HttpServletResponse response,
            CompletableFuture<?> done,
            Writer onDone,
            Writer onFailure,
            long timeoutMillis) {
        if (!request.isAsyncSupported() || !RequestBodyGuard.guarded(request)) return false;
        AsyncContext async = request.startAsync();
        async.setTimeout(timeoutMillis);
        DeferredAnswer answer = new DeferredAnswer(async, response);
        async.addListener(answer.timeouts(onFailure));
        request.setAttribute(ATTRIBUTE, answer);
        try {
            response.getOutputStream().setWriteListener(answer);
        } catch (IOException e) {
            // the connection is already gone: the request ends without an answer
            async.complete();
            return true;
        }
        done.whenComplete((ignored, failure) -> answer.ready(failure == null ? onDone : onFailure));
        return true;
    }

    /** The container thread has left the filter chain of a request (called by {@link RequestBodyGuard}). */
    static void containerLeft(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof DeferredAnswer answer) answer.mark(CONTAINER_LEFT);
    }

    private void ready(Writer w) {
        writer = w;
        mark(READY);
    }

    private void mark(int bit) {
        if ((state.updateAndGet(s -> s | bit)) == (CONTAINER_LEFT | READY)) answerIfWritable();
    }

    /** The container: the connection can take the answer (the first time, or again after it could not). */
    @Override
    public void onWritePossible() {
        if (state.get() == (CONTAINER_LEFT | READY)) answerIfWritable();
    }

    @Override
    public void onError(Throwable t) {
        // the client went away: nothing to answer any more
        if (answered.compareAndSet(false, true)) async.complete();
    }

    /** Writes the answer once: when both sides are done and the connection takes it without blocking. */
    private synchronized void answerIfWritable() {
        Writer w = writer;
        if (w == null || answered.get()) return;
        try {
            if (!response.getOutputStream().isReady()) return; // onWritePossible follows
        } catch (IOException | IllegalStateException e) {
            log.debug("a deferred answer's connection is gone: {}", e.getClass().getSimpleName());
            return;
        }
        answer(w);
    }

    private void answer(Writer w) {
        if (!answered.compareAndSet(false, true)) return;
        try {
            w.write(response);
        } catch (IOException | RuntimeException e) {
            // the client went away or the answer could not be written; the request is completed all the same
            log.debug("writing a deferred answer failed: {}", e.getClass().getSimpleName());
        } finally {
            async.complete();
        }
    }

    private AsyncListener timeouts(Writer onFailure) {
        return new AsyncListener() {
            @Override
            public void onTimeout(AsyncEvent event) {
                // a late commit finds the request answered and changes nothing
                answer(onFailure);
            }

            @Override
            public void onError(AsyncEvent event) {
                answered.set(true);
            }

            @Override
            public void onComplete(AsyncEvent event) {}

            @Override
            public void onStartAsync(AsyncEvent event) {}
        };
    }
}
