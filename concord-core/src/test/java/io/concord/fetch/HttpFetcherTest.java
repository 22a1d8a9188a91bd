package io.concord.fetch;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HttpFetcherTest {
    private static LocalSite site;

    private static final FetchOptions LOCAL = FetchOptions.defaults().withAllowPrivate(true)
            .withTimeout(Duration.ofSeconds(5)).withDelay(Duration.ofMillis(10)).withMaxBytes(64 * 1024);

    @BeforeAll
    static void start() throws IOException, FetchException {
        site = new LocalSite();
        // the first request of a JVM loads the HTTP client's classes; keep that out of the timed tests
        new HttpFetcher(LOCAL).fetch(URI.create(site.url("/news/ferry.html?warm-up")));
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void fetchesAPageWithConcordsUserAgent() throws FetchException {
        Fetched got = new HttpFetcher(LOCAL).fetch(URI.create(site.url("/news/ferry.html")));
        assertEquals(200, got.status());
        assertTrue(got.ok());
        assertEquals("text/html; charset=utf-8", got.contentType());
        assertTrue(new String(got.body(), StandardCharsets.UTF_8).contains("Night ferry returns"));
        assertEquals(0, got.redirects());
        assertTrue(site.hitsTo("/news/ferry.html").get(0).userAgent().startsWith("Concord/0.1 (+"));
    }

    @Test
    void refusesLoopbackWithoutAllowPrivateAndSendsNothing() {
        int before = site.hits.size();
        HttpFetcher strict = new HttpFetcher(LOCAL.withAllowPrivate(false));
        FetchException e = assertThrows(FetchException.class, () -> strict.fetch(URI.create(site.url("/news/trees.html"))));
        assertEquals("refused: 127.0.0.1 resolves to 127.0.0.1, a loopback address (--allow-private allows it)", e.getMessage());
        assertEquals(before, site.hits.size(), "not even robots.txt was requested");
    }

    @Test
    void followsAShortRedirectChain() throws FetchException {
        Fetched got = new HttpFetcher(LOCAL).fetch(URI.create(site.url("/redirect/1#top")));
        assertEquals(200, got.status());
        assertEquals(2, got.redirects());
        assertEquals(site.url("/news/moved.html"), got.url().toString());
        assertEquals(site.url("/redirect/1#top"), got.requested().toString());
    }

    @Test
    void stopsALongRedirectChain() {
        FetchException e = assertThrows(FetchException.class,
                () -> new HttpFetcher(LOCAL).fetch(URI.create(site.url("/loop/100"))));
        assertEquals("too many redirects (more than 5)", e.getMessage());
        assertEquals(1, site.hitsTo("/loop/105").size());
        assertEquals(0, site.hitsTo("/loop/106").size());
    }

    @Test
    void timesOutASlowAnswerAndASlowBody() {
        HttpFetcher fetcher = new HttpFetcher(LOCAL.withTimeout(Duration.ofSeconds(1)));
        long start = System.nanoTime();
        FetchException slow = assertThrows(FetchException.class, () -> fetcher.fetch(URI.create(site.url("/slow"))));
        assertTrue(slow.getMessage().startsWith("no answer within 1 s") || slow.getMessage().startsWith("timed out after 1 s"),
                slow.getMessage());
        FetchException drip = assertThrows(FetchException.class, () -> fetcher.fetch(URI.create(site.url("/drip"))));
        assertTrue(drip.getMessage().startsWith("timed out after 1 s"), drip.getMessage());
        assertTrue(System.nanoTime() - start < 4_500_000_000L, "gave up at the time limit, not when the server finished");
    }

    @Test
    void abortsOversizedBodiesWithAndWithoutContentLength() {
        HttpFetcher fetcher = new HttpFetcher(LOCAL);
        FetchException streamed = assertThrows(FetchException.class, () -> fetcher.fetch(URI.create(site.url("/big"))));
        assertTrue(streamed.getMessage().startsWith("larger than 65536 bytes; download aborted"), streamed.getMessage());
        FetchException declared = assertThrows(FetchException.class, () -> fetcher.fetch(URI.create(site.url("/big-declared"))));
        assertTrue(declared.getMessage().startsWith("larger than 65536 bytes; download aborted"), declared.getMessage());
    }

    @Test
    void honoursRobotsTxt() throws FetchException {
        HttpFetcher fetcher = new HttpFetcher(LOCAL);
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(URI.create(site.url("/members/minutes.html"))));
        assertEquals("disallowed by " + site.base + "/robots.txt", e.getMessage());
        assertEquals(200, fetcher.fetch(URI.create(site.url("/members/open-day.html"))).status());
    }

    @Test
    void checksEveryRedirectHopAgain() {
        HttpFetcher fetcher = new HttpFetcher(LOCAL);
        FetchException robots = assertThrows(FetchException.class, () -> fetcher.fetch(URI.create(site.url("/redirect/members"))));
        assertEquals("disallowed by " + site.base + "/robots.txt", robots.getMessage());
        FetchException scheme = assertThrows(FetchException.class, () -> fetcher.fetch(URI.create(site.url("/redirect/file"))));
        assertEquals("not an http or https url: file:///etc/hostname", scheme.getMessage());
        assertEquals(0, site.hitsTo("/members/minutes.html").size());
    }

    @Test
    void putsAnInternationalisedHostInAscii() throws FetchException {
        assertEquals("https://xn--bcher-kva.example:8443/neu/seite?x=1",
                HttpFetcher.checked(URI.create("https://bücher.example:8443/neu/seite?x=1#oben")).toString());
        assertEquals("http://news.example/a", HttpFetcher.checked(URI.create("http://news.example/a")).toString());
    }

    @Test
    void refusesOtherSchemes() {
        FetchException e = assertThrows(FetchException.class, () -> new HttpFetcher(LOCAL).fetch(URI.create("file:///etc/hostname")));
        assertEquals("not an http or https url: file:///etc/hostname", e.getMessage());
    }

    @Test
    void waitsBetweenRequestsToTheSameHost() throws FetchException {
        HttpFetcher fetcher = new HttpFetcher(LOCAL.withDelay(Duration.ofMillis(300)));
        long start = System.nanoTime();
        fetcher.fetch(URI.create(site.url("/news/ferry.html?polite=1")));
        fetcher.fetch(URI.create(site.url("/news/trees.html?polite=2")));
        // robots.txt, page, page: two pauses
        assertTrue(System.nanoTime() - start >= 600_000_000L, "paused between requests");
    }
}
