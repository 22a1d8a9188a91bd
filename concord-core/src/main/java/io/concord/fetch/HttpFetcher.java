package io.concord.fetch;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Polite HTTP GET with the JDK client: a Concord User-Agent, a time limit for each request (connect, answer and
 * body), a size cap, redirects followed by hand (at most {@link FetchOptions#maxRedirects()}, each hop checked
 * again), robots.txt honoured for every hop, non-public addresses refused unless allowed, and one request at a time
 * per host with a pause between them. Thread-safe.
 */
public final class HttpFetcher {
    private static final String ROBOT_NAME = "concord";
    private static final String ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
            + "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5";
    /** A robots.txt that asks for a longer Crawl-delay is obeyed up to this much. */
    private static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(30);

    private final FetchOptions options;
    private final HttpClient client;
    private final RobotsTxt robots = new RobotsTxt(ROBOT_NAME);
    private final Map<String, HostSlot> hosts = new ConcurrentHashMap<>();

    public HttpFetcher(FetchOptions options) {
        this.options = options;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(options.timeout())
                .build();
    }

    /**
     * GETs {@code url}, following redirects.
     *
     * @return the final response, whatever its status
     * @throws FetchException when the url is refused (robots.txt, address, scheme), the request fails or times out,
     *                        the body is too large, or there are too many redirects
     */
    public Fetched fetch(URI url) throws FetchException {
        return follow(url, true);
    }

    private Fetched follow(URI start, boolean checkRobots) throws FetchException {
        URI current = checked(start);
        Set<URI> seen = new HashSet<>();
        seen.add(current);
        for (int redirects = 0; ; redirects++) {
            if (!options.allowPrivate()) {
                AddressGuard.check(current.getHost());
            }
            if (checkRobots) {
                String refusal = robots.refusal(current, robotsUrl -> follow(robotsUrl, false));
                if (refusal != null) {
                    throw new FetchException(refusal);
                }
            }
            Answer a = get(current, checkRobots ? options.maxBytes() : RobotsTxt.MAX_BYTES, !checkRobots);
            if (!isRedirect(a.status())) {
                return new Fetched(start, current, a.status(), a.contentType(), a.body(), redirects);
            }
            if (a.location() == null) {
                throw new FetchException("HTTP " + a.status() + " redirect without a Location header at " + current);
            }
            if (redirects >= options.maxRedirects()) {
                throw new FetchException("too many redirects (more than " + options.maxRedirects() + ")");
            }
            URI next;
            try {
                next = checked(current.resolve(a.location().strip()));
            } catch (IllegalArgumentException e) {
                throw new FetchException("bad redirect Location '" + a.location() + "' at " + current);
            }
            if (!seen.add(next)) {
                throw new FetchException("redirect loop at " + next);
            }
            current = next;
        }
    }

    /** Only absolute http(s) urls with a host; an internationalised host is put in ASCII, the fragment dropped. */
    static URI checked(URI url) throws FetchException {
        url = asciiHost(url);
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException("not an http or https url: " + url);
        }
        if (url.getHost() == null || url.getHost().isEmpty()) {
            throw new FetchException("url without a host: " + url);
        }
        if (url.getRawFragment() == null) {
            return url;
        }
        try {
            return new URI(url.getScheme(), url.getRawAuthority(), url.getRawPath(), url.getRawQuery(), null);
        } catch (URISyntaxException e) {
            return url;
        }
    }

    /** {@code http://bücher.example/} as {@code http://xn--bcher-kva.example/} (java.net.URI sees no host in the first). */
    private static URI asciiHost(URI url) {
        String authority = url.getRawAuthority();
        if (url.getHost() != null || authority == null) {
            return url;
        }
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        int colon = hostPort.lastIndexOf(':');
        String host = colon > 0 && !hostPort.endsWith("]") ? hostPort.substring(0, colon) : hostPort;
        try {
            String ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
            if (ascii.equals(host)) {
                return url;
            }
            String prefix = authority.substring(0, authority.length() - hostPort.length());
            String rest = hostPort.substring(host.length());
            return new URI(url.getScheme(), prefix + ascii + rest, url.getPath(), url.getQuery(), url.getFragment());
        } catch (IllegalArgumentException | URISyntaxException e) {
            return url;
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private record Answer(int status, String contentType, String location, byte[] body) {
    }

    /** One request, in the host's turn. */
    private Answer get(URI url, long cap, boolean truncate) throws FetchException {
        HostSlot slot = hosts.computeIfAbsent(url.getHost().toLowerCase(Locale.ROOT), h -> new HostSlot());
        slot.lock.lock();
        try {
            Duration pause = options.delay();
            Duration asked = robots.crawlDelay(url);
            if (asked.compareTo(pause) > 0) {
                pause = asked.compareTo(MAX_CRAWL_DELAY) > 0 ? MAX_CRAWL_DELAY : asked;
            }
            slot.awaitTurn(pause);
            try {
                return send(url, cap, truncate);
            } finally {
                slot.finished();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted");
        } finally {
            slot.lock.unlock();
        }
    }

    private Answer send(URI url, long cap, boolean truncate) throws FetchException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(options.timeout())
                .header("User-Agent", options.userAgent())
                .header("Accept", ACCEPT)
                .GET()
                .build();
        AtomicReference<CappedBody> bodyRef = new AtomicReference<>();
        CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(request, info -> {
            CappedBody b = new CappedBody(cap, truncate, info.headers().firstValueAsLong("Content-Length").orElse(-1));
            bodyRef.set(b);
            return b;
        });
        HttpResponse<byte[]> response;
        try {
            response = pending.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            CappedBody b = bodyRef.get();
            if (b != null) {
                b.cancel();
            }
            pending.cancel(true);
            throw new FetchException("timed out after " + seconds(options.timeout()) + " (" + url + ")");
        } catch (ExecutionException e) {
            throw new FetchException(reason(e.getCause(), url, cap));
        }
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                response.headers().firstValue("Location").orElse(null), response.body());
    }

    /** The reason for a failed request, from the first cause in the chain that says something specific. */
    private String reason(Throwable t, URI url, long cap) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof CappedBody.TooLarge) {
                return "larger than " + megabytes(cap) + "; download aborted (" + url + ")";
            }
            if (c instanceof HttpConnectTimeoutException) {
                return "could not connect within " + seconds(options.timeout()) + " (" + url + ")";
            }
            if (c instanceof HttpTimeoutException) {
                return "no answer within " + seconds(options.timeout()) + " (" + url + ")";
            }
            if (c instanceof ConnectException) {
                return "connection refused or failed (" + url + ")";
            }
            if (c instanceof UnknownHostException || c instanceof UnresolvedAddressException) {
                return "unknown host " + url.getHost();
            }
            if (c instanceof SSLException) {
                return "TLS error: " + c.getMessage() + " (" + url + ")";
            }
        }
        String m = t == null ? null : t.getMessage();
        return "network error: " + (m == null ? (t == null ? "unknown" : t.getClass().getSimpleName()) : m) + " (" + url + ")";
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() / 1000.0 + " s";
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    /** One host's turn: one request at a time, and a pause after each. */
    private static final class HostSlot {
        final ReentrantLock lock = new ReentrantLock();
        private long lastEnd;
        private boolean used;

        void awaitTurn(Duration pause) throws InterruptedException {
            if (!used) {
                return;
            }
            long waitNanos = lastEnd + pause.toNanos() - System.nanoTime();
            if (waitNanos > 0) {
                TimeUnit.NANOSECONDS.sleep(waitNanos);
            }
        }

        void finished() {
            used = true;
            lastEnd = System.nanoTime();
        }
    }
}
