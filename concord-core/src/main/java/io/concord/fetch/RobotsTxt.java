package io.concord.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt rules per origin (scheme, host, port), fetched once each and parsed by crawler-commons
 * (RFC 9309: user-agent groups, longest-match Allow/Disallow, wildcards). As the RFC says, a robots.txt that is
 * missing (HTTP 4xx) allows everything, and one that cannot be reached (HTTP 5xx, network error) forbids everything.
 */
final class RobotsTxt {
    /** Only the start of a larger robots.txt is read (the RFC asks parsers to read at least 500 KiB). */
    static final int MAX_BYTES = 512 * 1024;

    /** Loads a robots.txt url, following redirects but without a robots check of its own. */
    interface Loader {
        Fetched load(URI robotsUrl) throws FetchException;
    }

    private record Verdict(BaseRobotRules rules, String unreachable) {
    }

    private final String robotName;
    private final Map<String, Verdict> byOrigin = new ConcurrentHashMap<>();

    /** @param robotName the product token matched against User-agent lines, e.g. "concord" */
    RobotsTxt(String robotName) {
        this.robotName = robotName.toLowerCase(Locale.ROOT);
    }

    /** Why {@code url} may not be fetched, or null when it may. */
    String refusal(URI url, Loader loader) {
        String origin = origin(url);
        Verdict v = byOrigin.get(origin);
        if (v == null) {
            v = load(origin, loader);
            byOrigin.put(origin, v);
        }
        if (v.unreachable() != null) {
            return v.unreachable();
        }
        return v.rules().isAllowed(url.toString()) ? null : "disallowed by " + origin + "/robots.txt";
    }

    /** The Crawl-delay the origin's robots.txt asks for, when it has been read; else zero. */
    Duration crawlDelay(URI url) {
        Verdict v = byOrigin.get(origin(url));
        if (v == null || v.rules() == null || v.rules().getCrawlDelay() <= 0) {
            return Duration.ZERO;
        }
        return Duration.ofMillis(v.rules().getCrawlDelay());
    }

    private Verdict load(String origin, Loader loader) {
        String robotsUrl = origin + "/robots.txt";
        Fetched got;
        try {
            got = loader.load(URI.create(robotsUrl));
        } catch (FetchException e) {
            return new Verdict(null, robotsUrl + " could not be fetched (" + e.getMessage()
                    + "); an unreachable robots.txt forbids crawling (RFC 9309)");
        }
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        if (got.status() >= 500) {
            return new Verdict(null, robotsUrl + " answered HTTP " + got.status()
                    + "; an unreachable robots.txt forbids crawling (RFC 9309)");
        }
        if (got.status() >= 400) {
            return new Verdict(parser.failedFetch(got.status()), null);
        }
        if (got.status() < 200 || got.status() >= 300) {
            return new Verdict(null, robotsUrl + " answered HTTP " + got.status() + "; not crawled");
        }
        BaseRobotRules rules = parser.parseContent(robotsUrl, got.body(), got.contentType(), List.of(robotName));
        return new Verdict(rules, null);
    }

    static String origin(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        int port = url.getPort();
        boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        String host = url.getHost().toLowerCase(Locale.ROOT);
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }
}
