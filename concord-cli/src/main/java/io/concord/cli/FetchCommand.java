package io.concord.cli;

import io.concord.fetch.FeedFetcher;
import io.concord.fetch.FetchOptions;
import io.concord.fetch.FetchReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code concord fetch FEED... --out DIR}: news pages from RSS/Atom feeds, as JSON Lines for {@code concord brief}. */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = "Read RSS/Atom feeds (urls or local files), download each item's page politely (robots.txt, "
                + "one request at a time per host, time and size limits, public addresses only) and write "
                + "DIR/articles.jsonl (news-please fields) for concord brief, and DIR/problems.jsonl.")
public final class FetchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FEED", description = "Feed urls (http, https) or feed files.")
    List<String> feeds;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for articles.jsonl and problems.jsonl.")
    Path out;

    @Option(names = "--allow-private", description = "Also fetch from private, loopback and link-local addresses.")
    boolean allowPrivate;

    @Option(names = "--max-items", defaultValue = "50", paramLabel = "N",
            description = "At most N items from each feed (default: ${DEFAULT-VALUE}).")
    int maxItems;

    @Option(names = "--timeout", defaultValue = "20", paramLabel = "SECONDS",
            description = "Time limit for each request (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--delay", defaultValue = "1", paramLabel = "SECONDS",
            description = "Least pause between requests to one host; a robots.txt Crawl-delay can lengthen it "
                    + "(default: ${DEFAULT-VALUE}).")
    double delaySeconds;

    @Option(names = "--max-mb", defaultValue = "5", paramLabel = "MB",
            description = "Larger pages are aborted and reported (default: ${DEFAULT-VALUE}).")
    double maxMegabytes;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        FetchOptions options;
        try {
            options = FetchOptions.defaults()
                    .withAllowPrivate(allowPrivate)
                    .withMaxItems(maxItems)
                    .withTimeout(Duration.ofMillis(Math.round(timeoutSeconds * 1000)))
                    .withDelay(Duration.ofMillis(Math.round(delaySeconds * 1000)))
                    .withMaxBytes(Math.round(maxMegabytes * 1024 * 1024));
        } catch (IllegalArgumentException e) {
            err.println("concord fetch: " + e.getMessage());
            return 2;
        }
        FetchReport report;
        try {
            report = new FeedFetcher(options).run(feeds, out, line -> err.println("concord fetch: " + line));
        } catch (IOException e) {
            err.println("concord fetch: cannot write to " + out + ": " + e.getMessage());
            return 2;
        }
        err.println("concord fetch: " + report.written() + (report.written() == 1 ? " article" : " articles") + " written to " + report.articlesFile() + "; "
                + report.problems().size() + " not fetched (see " + report.problemsFile() + ")");
        return report.written() > 0 ? 0 : 1;
    }
}
