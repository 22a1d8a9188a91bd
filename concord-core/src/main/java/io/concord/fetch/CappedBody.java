package io.concord.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a size cap: beyond it the download is cancelled and the body fails with
 * {@link TooLarge}, or (when truncating) completes with the first {@code cap} bytes.
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    /** The body was larger than allowed. */
    static final class TooLarge extends IOException {
        TooLarge(long cap) {
            super("larger than " + cap + " bytes");
        }
    }

    private final long cap;
    private final boolean truncate;
    private final long declaredLength;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;
    private volatile boolean cancelled;
    private boolean done;

    /** @param declaredLength the Content-Length header's value, or -1 */
    CappedBody(long cap, boolean truncate, long declaredLength) {
        this.cap = cap;
        this.truncate = truncate;
        this.declaredLength = declaredLength;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (cancelled) {
            s.cancel();
            return;
        }
        if (declaredLength > cap && !truncate) {
            done = true;
            s.cancel();
            body.completeExceptionally(new TooLarge(cap));
            return;
        }
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (done) {
            return;
        }
        for (ByteBuffer b : items) {
            int n = b.remaining();
            if (out.size() + (long) n > cap) {
                done = true;
                subscription.cancel();
                if (truncate) {
                    byte[] part = new byte[(int) (cap - out.size())];
                    b.get(part);
                    out.write(part, 0, part.length);
                    body.complete(out.toByteArray());
                } else {
                    body.completeExceptionally(new TooLarge(cap));
                }
                return;
            }
            byte[] chunk = new byte[n];
            b.get(chunk);
            out.write(chunk, 0, n);
        }
    }

    @Override
    public void onError(Throwable t) {
        if (!done) {
            done = true;
            body.completeExceptionally(t);
        }
    }

    @Override
    public void onComplete() {
        if (!done) {
            done = true;
            body.complete(out.toByteArray());
        }
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }

    /** Stops the download (from any thread), e.g. when the request's time is up. */
    void cancel() {
        cancelled = true;
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }
}
