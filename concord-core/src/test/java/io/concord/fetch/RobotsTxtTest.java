package io.concord.fetch;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RobotsTxtTest {
    private static RobotsTxt.Loader serving(int status, String body, AtomicInteger calls) {
        return url -> {
            calls.incrementAndGet();
            return new Fetched(url, url, status, "text/plain", body.getBytes(StandardCharsets.UTF_8), 0);
        };
    }

    @Test
    void ownGroupWinsAndLongestRuleDecides() {
        AtomicInteger calls = new AtomicInteger();
        RobotsTxt robots = new RobotsTxt("concord");
        RobotsTxt.Loader loader = serving(200, LocalSite.ROBOTS + "Crawl-delay: 2\n", calls);
        assertNull(robots.refusal(URI.create("https://gazette.example/news/a.html"), loader),
                "the * group's Disallow does not apply to a robot with its own group");
        assertEquals("disallowed by https://gazette.example/robots.txt",
                robots.refusal(URI.create("https://gazette.example/members/minutes.html"), loader));
        assertNull(robots.refusal(URI.create("https://gazette.example/members/open-day.html"), loader),
                "the longer Allow beats the shorter Disallow");
        assertEquals(1, calls.get(), "robots.txt is read once per origin");
        assertEquals(Duration.ofSeconds(2), robots.crawlDelay(URI.create("https://gazette.example/x")));
        assertEquals(Duration.ZERO, robots.crawlDelay(URI.create("https://other.example/x")), "not read yet");
    }

    @Test
    void otherRobotsFollowTheStarGroup() {
        RobotsTxt robots = new RobotsTxt("someotherbot");
        RobotsTxt.Loader loader = serving(200, LocalSite.ROBOTS, new AtomicInteger());
        assertTrue(robots.refusal(URI.create("https://gazette.example/news/a.html"), loader).startsWith("disallowed"));
    }

    @Test
    void missingRobotsAllowsAndUnreachableForbids() {
        RobotsTxt robots = new RobotsTxt("concord");
        assertNull(robots.refusal(URI.create("https://a.example/page"), serving(404, "", new AtomicInteger())));
        String down = robots.refusal(URI.create("https://b.example/page"), serving(503, "", new AtomicInteger()));
        assertTrue(down.contains("answered HTTP 503") && down.contains("RFC 9309"), down);
        String failed = robots.refusal(URI.create("https://c.example:8443/page"), url -> {
            throw new FetchException("no answer within 1 s");
        });
        assertTrue(failed.startsWith("https://c.example:8443/robots.txt could not be fetched (no answer within 1 s)"), failed);
    }

    @Test
    void originKeepsSchemeHostAndNonDefaultPort() {
        assertEquals("https://gazette.example", RobotsTxt.origin(URI.create("https://Gazette.Example:443/a?b")));
        assertEquals("http://gazette.example:8080", RobotsTxt.origin(URI.create("http://gazette.example:8080/a")));
    }
}
