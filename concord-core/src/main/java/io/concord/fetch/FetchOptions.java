package io.concord.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link HttpFetcher} and {@link FeedFetcher} behave.
 *
 * @param allowPrivate allow private, loopback, link-local and other non-public addresses (off by default)
 * @param maxItems     at most this many items are fetched from each feed
 * @param timeout      limit for one request: connecting, waiting for the answer and reading it
 * @param delay        least pause between two requests to the same host (a robots.txt Crawl-delay can lengthen it)
 * @param maxBytes     larger responses are aborted and reported
 * @param maxRedirects redirects followed per request; one more is an error
 * @param userAgent    the User-Agent header sent with every request
 */
public record FetchOptions(boolean allowPrivate, int maxItems, Duration timeout, Duration delay, long maxBytes,
                           int maxRedirects, String userAgent) {
    public static final String USER_AGENT = "Concord/0.1 (+https://example.invalid/concord)";

    public FetchOptions {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(userAgent, "userAgent");
        if (maxItems <= 0) {
            throw new IllegalArgumentException("max items must be positive, got " + maxItems);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative, got " + delay);
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("max bytes must be positive, got " + maxBytes);
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("max redirects must not be negative, got " + maxRedirects);
        }
    }

    /** Public addresses only, 50 items a feed, 20 s timeout, 1 s between requests to a host, 5 MB, 5 redirects. */
    public static FetchOptions defaults() {
        return new FetchOptions(false, 50, Duration.ofSeconds(20), Duration.ofSeconds(1), 5L * 1024 * 1024, 5, USER_AGENT);
    }

    public FetchOptions withAllowPrivate(boolean allow) {
        return new FetchOptions(allow, maxItems, timeout, delay, maxBytes, maxRedirects, userAgent);
    }

    public FetchOptions withMaxItems(int n) {
        return new FetchOptions(allowPrivate, n, timeout, delay, maxBytes, maxRedirects, userAgent);
    }

    public FetchOptions withTimeout(Duration t) {
        return new FetchOptions(allowPrivate, maxItems, t, delay, maxBytes, maxRedirects, userAgent);
    }

    public FetchOptions withDelay(Duration d) {
        return new FetchOptions(allowPrivate, maxItems, timeout, d, maxBytes, maxRedirects, userAgent);
    }

    public FetchOptions withMaxBytes(long n) {
        return new FetchOptions(allowPrivate, maxItems, timeout, delay, n, maxRedirects, userAgent);
    }
}
