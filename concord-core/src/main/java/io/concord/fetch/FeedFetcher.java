package io.concord.fetch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.concord.article.PageDecoder;
import io.concord.extract.ExtractedPage;
import io.concord.extract.HtmlExtractor;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads feeds (urls or local files), fetches each item's page with an {@link HttpFetcher}, extracts it with
 * {@link HtmlExtractor} and writes {@code articles.jsonl} in news-please's field names ({@code title},
 * {@code maintext}, {@code date_publish}, {@code source_domain}, {@code url}, {@code authors}, {@code language},
 * {@code date_download}), which {@code concord brief} reads. The feed item's title and date stand in when the page
 * has none. Every feed and item that gives no article is reported, to the progress consumer and to
 * {@code problems.jsonl} ({@code feed}, {@code url}, {@code reason}); one bad feed or page never stops the run.
 * A feed url that answers with an HTML page is followed to the first feed the page announces
 * ({@code <link rel="alternate" type="application/rss+xml" href="...">}).
 */
public final class FeedFetcher {
    /** Local feed files larger than this are reported, not read. */
    static final long MAX_FEED_FILE_BYTES = 64L * 1024 * 1024;
    private static final Pattern HTTP_URL = Pattern.compile("(?i)^https?://.*");
    private static final Pattern OTHER_SCHEME = Pattern.compile("(?i)^[a-z][a-z0-9+.\\-]*://.*");
    private static final DateTimeFormatter DOWNLOADED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final FetchOptions options;
    private final HttpFetcher http;
    private final FeedReader feeds = new FeedReader();
    private final HtmlExtractor extractor;
    private final ObjectMapper json = new ObjectMapper();

    public FeedFetcher(FetchOptions options) {
        this(options, new HttpFetcher(options), new HtmlExtractor());
    }

    public FeedFetcher(FetchOptions options, HttpFetcher http, HtmlExtractor extractor) {
        this.options = options;
        this.http = http;
        this.extractor = extractor;
    }

    /**
     * Fetches every feed's items into {@code outDir/articles.jsonl}, problems into {@code outDir/problems.jsonl}
     * (both replaced).
     *
     * @param feedSources feed urls (http or https) or local feed files
     * @param progress    told one line per article written or problem met
     * @throws IOException when the output folder or files cannot be written
     */
    public FetchReport run(List<String> feedSources, Path outDir, Consumer<String> progress) throws IOException {
        Files.createDirectories(outDir);
        try (Output out = new Output(outDir, progress)) {
            Set<String> seen = new HashSet<>();
            for (String source : feedSources) {
                fetchFeed(source, seen, out);
            }
            return out.report();
        }
    }

    /** One feed's items, each written or reported; {@code seen} holds the links (and redirect targets) already met. */
    private void fetchFeed(String source, Set<String> seen, Output out) throws IOException {
        Feed feed;
        URI base;
        try {
            base = HTTP_URL.matcher(source).matches() ? URI.create(source.strip()) : null;
            feed = loadFeed(source, base);
        } catch (FetchException e) {
            out.problem(new FetchProblem(source, null, e.getMessage()));
            return;
        } catch (IllegalArgumentException e) {
            out.problem(new FetchProblem(source, null, "malformed url: " + e.getMessage()));
            return;
        }
        List<FeedItem> items = feed.items();
        if (items.isEmpty()) {
            out.problem(new FetchProblem(source, null, "the feed has no items"));
            return;
        }
        for (int i = 0; i < items.size() && i < options.maxItems(); i++) {
            FeedItem item = items.get(i);
            if (item.link() == null) {
                out.problem(new FetchProblem(source, null, "item " + (i + 1)
                        + (item.title() != null ? " ('" + item.title() + "')" : "") + " has no link"));
            } else if (!seen.add(item.link())) {
                out.problem(new FetchProblem(source, item.link(), "already fetched for an earlier item"));
            } else {
                try {
                    out.article(article(item, seen));
                } catch (FetchException e) {
                    out.problem(new FetchProblem(source, item.link(), e.getMessage()));
                }
            }
        }
        if (items.size() > options.maxItems()) {
            out.problem(new FetchProblem(source, null, (items.size() - options.maxItems())
                    + " more items not fetched (at most " + options.maxItems() + " a feed)"));
        }
    }

    /** The feed at {@code source}: fetched when it is an http(s) url, else read from a local file. */
    private Feed loadFeed(String source, URI base) throws FetchException {
        if (base != null) {
            Fetched got = http.fetch(base);
            if (!got.ok()) {
                throw new FetchException("HTTP " + got.status() + " for the feed");
            }
            URI announced = isHtml(got.contentType()) ? FeedLinks.first(got.body(), got.contentType(), got.url()) : null;
            if (announced != null) {
                got = http.fetch(announced);
                if (!got.ok()) {
                    throw new FetchException("HTTP " + got.status() + " for the feed " + announced + " the page links to");
                }
            }
            return feeds.read(got.body(), got.contentType(), got.url());
        }
        Path file;
        try {
            if (source.regionMatches(true, 0, "file:", 0, 5)) {
                file = Path.of(URI.create(source.strip()));
            } else if (OTHER_SCHEME.matcher(source).matches()) {
                throw new FetchException("not an http or https url, nor a local file");
            } else {
                file = Path.of(source);
            }
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            throw new FetchException("not a url nor a file path: " + e.getMessage());
        }
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw new FetchException(Files.exists(file) ? "not a regular file" : "no such file");
            }
            if (Files.size(file) > MAX_FEED_FILE_BYTES) {
                throw new FetchException("feed file too large (over " + MAX_FEED_FILE_BYTES / (1024 * 1024) + " MB)");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new FetchException("unreadable: " + e.getMessage());
        }
        return feeds.read(bytes, null, null);
    }

    /** The item's page as a news-please record. */
    private ObjectNode article(FeedItem item, Set<String> seen) throws FetchException {
        URI link;
        try {
            link = URI.create(item.link().replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            throw new FetchException("malformed link");
        }
        if (!link.isAbsolute()) {
            throw new FetchException("relative link in a feed read from a file (no base url)");
        }
        Fetched got = http.fetch(link);
        if (!got.ok()) {
            throw new FetchException("HTTP " + got.status() + (got.redirects() > 0 ? " at " + got.url() : ""));
        }
        if (got.contentType() != null && !isHtml(got.contentType())) {
            throw new FetchException("not an HTML page (" + got.contentType().strip() + ")");
        }
        if (got.body().length == 0) {
            throw new FetchException("empty page");
        }
        if (PageDecoder.isBinary(got.body())) {
            throw new FetchException("binary content, not an HTML page");
        }
        String url = got.url().toString();
        if (got.redirects() > 0 && !seen.add(url)) {
            throw new FetchException("already fetched: redirects to " + url + ", the page of an earlier item");
        }
        ExtractedPage page;
        try {
            page = extractor.extract(PageDecoder.decode(got.body(), got.contentType()), url);
        } catch (RuntimeException e) {
            throw new FetchException("HTML extraction failed: " + e);
        }
        if (page.text() == null || page.text().isBlank()) {
            throw new FetchException("no main text found in the page");
        }
        LocalDate published = page.published() != null ? page.published() : item.published();
        ObjectNode n = json.createObjectNode();
        n.put("title", page.title() != null ? page.title() : item.title());
        n.put("maintext", page.text());
        n.put("date_publish", published == null ? null : published.toString());
        n.put("date_download", DOWNLOADED.format(Instant.now().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)));
        n.put("source_domain", domain(got.url()));
        n.put("url", url);
        var authors = n.putArray("authors");
        if (page.author() != null && !page.author().isBlank()) {
            authors.add(page.author().strip());
        }
        n.put("language", page.language());
        return n;
    }

    /** The two output files, written a line at a time so a stopped run keeps what it did; and the tally. */
    private final class Output implements AutoCloseable {
        private final Path articlesFile;
        private final Path problemsFile;
        private final BufferedWriter articles;
        private final BufferedWriter problemLines;
        private final Consumer<String> progress;
        private final List<FetchProblem> problems = new ArrayList<>();
        private int written;

        Output(Path dir, Consumer<String> progress) throws IOException {
            this.articlesFile = dir.resolve("articles.jsonl");
            this.problemsFile = dir.resolve("problems.jsonl");
            this.progress = progress;
            this.articles = Files.newBufferedWriter(articlesFile, StandardCharsets.UTF_8);
            BufferedWriter p;
            try {
                p = Files.newBufferedWriter(problemsFile, StandardCharsets.UTF_8);
            } catch (IOException e) {
                articles.close();
                throw e;
            }
            this.problemLines = p;
        }

        void article(ObjectNode record) throws IOException {
            line(articles, record);
            written++;
            progress.accept("fetched: " + record.get("url").asText());
        }

        void problem(FetchProblem p) throws IOException {
            ObjectNode n = json.createObjectNode();
            n.put("feed", p.feed());
            n.put("url", p.url());
            n.put("reason", p.reason());
            line(problemLines, n);
            problems.add(p);
            progress.accept("not fetched: " + p);
        }

        private void line(BufferedWriter w, ObjectNode n) throws IOException {
            w.write(json.writeValueAsString(n));
            w.newLine();
            w.flush();
        }

        FetchReport report() {
            return new FetchReport(articlesFile, problemsFile, written, problems);
        }

        @Override
        public void close() throws IOException {
            try (articles; problemLines) {
                // both closed, the first failure reported
            }
        }
    }

    private static boolean isHtml(String contentType) {
        String type = contentType == null ? "" : contentType.strip().toLowerCase(Locale.ROOT);
        return type.startsWith("text/html") || type.startsWith("application/xhtml+xml");
    }

    private static String domain(URI url) {
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }
}
