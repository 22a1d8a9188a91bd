package io.concord.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.concord.article.Article;
import io.concord.article.ArticleReader;
import io.concord.article.DateSource;
import io.concord.article.Ingested;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedFetcherTest {
    private static LocalSite site;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final FetchOptions LOCAL = FetchOptions.defaults().withAllowPrivate(true)
            .withTimeout(Duration.ofSeconds(1)).withDelay(Duration.ofMillis(20)).withMaxBytes(64 * 1024);

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws IOException, FetchException {
        site = new LocalSite();
        new HttpFetcher(LOCAL.withTimeout(Duration.ofSeconds(10))).fetch(URI.create(site.url("/news/ferry.html?warm-up")));
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    @Test
    void writesEveryItemAsAnArticleOrAProblem() throws IOException {
        Path xxe = Files.writeString(dir.resolve("xxe.xml"), Feeds.XXE);
        Path lol = Files.writeString(dir.resolve("lol.xml"), Feeds.BILLION_LAUGHS);
        Path out = dir.resolve("out");
        int hitsBefore = site.hits.size();
        List<String> progress = new ArrayList<>();
        FetchReport report = new FeedFetcher(LOCAL).run(List.of(site.url("/feed.xml"), xxe.toString(), lol.toString(),
                dir.resolve("missing.xml").toString(), site.url("/feed-moved.xml")), out, progress::add);

        assertEquals(5, report.written(), report.problems().toString());
        List<JsonNode> articles = lines(out.resolve("articles.jsonl"));
        assertEquals(5, articles.size());
        List<String> urls = articles.stream().map(a -> a.get("url").asText()).toList();
        assertEquals(List.of(site.url("/news/ferry.html"), site.url("/news/trees.html"), site.url("/news/moved.html"),
                site.url("/news/latin.html"), site.url("/members/open-day.html")), urls);

        JsonNode ferry = articles.get(0);
        assertEquals("Night ferry returns to the lake timetable", ferry.get("title").asText());
        assertEquals("2032-03-14", ferry.get("date_publish").asText());
        assertEquals("127.0.0.1", ferry.get("source_domain").asText());
        assertEquals("en", ferry.get("language").asText());
        assertTrue(ferry.get("maintext").asText().startsWith("The night ferry between Kessel and Aubry"));
        assertTrue(ferry.get("authors").isArray());

        JsonNode trees = articles.get(1);
        assertEquals("Market square trees to be replaced", trees.get("title").asText(), "the page's title wins");
        assertEquals("2032-03-17", trees.get("date_publish").asText(), "the feed's date when the page has none");
        assertTrue(articles.get(3).get("maintext").asText().contains("small café in Aubry"), "windows-1252 decoded");

        Map<String, String> problems = lines(out.resolve("problems.jsonl")).stream().collect(Collectors.toMap(
                p -> p.get("url").isNull() ? p.get("feed").asText() + " " + p.get("reason").asText().split(" ")[0] : p.get("url").asText(),
                p -> p.get("reason").asText(), (a, b) -> a + " | " + b));
        assertEquals(12, report.problems().size(), report.problems().toString());
        assertEquals(12, problems.size(), problems.toString());
        assertEquals("disallowed by " + site.base + "/robots.txt", problems.get(site.url("/members/minutes.html")));
        assertEquals("too many redirects (more than 5)", problems.get(site.url("/loop/1")));
        assertTrue(problems.get(site.url("/slow")).contains("within 1 s") || problems.get(site.url("/slow")).startsWith("timed out"),
                problems.get(site.url("/slow")));
        assertTrue(problems.get(site.url("/big")).startsWith("larger than 65536 bytes"), problems.get(site.url("/big")));
        assertEquals("not an HTML page (image/png)", problems.get(site.url("/image.png")));
        assertEquals("HTTP 404", problems.get(site.url("/gone.html")));
        assertEquals("item 10 ('Headline without a link') has no link", problems.get(site.url("/feed.xml") + " item"));
        assertEquals("already fetched for an earlier item", problems.get(site.url("/news/ferry.html")));
        assertEquals("already fetched for an earlier item", problems.get(site.url("/news/moved.html")),
                "the Atom entry's relative link, resolved against the feed's final url");
        assertTrue(problems.get(xxe + " refused:").contains("DOCTYPE"));
        assertTrue(problems.get(lol + " refused:").contains("DOCTYPE"));
        assertEquals("no such file", problems.get(dir.resolve("missing.xml") + " no"));
        assertEquals(17, progress.size(), "one line per article or problem");

        List<LocalSite.Hit> run = site.hits.stream().skip(hitsBefore).toList();
        assertEquals(1, run.stream().filter(h -> h.path().equals("/robots.txt")).count(), "robots.txt read once");
        assertTrue(run.stream().allMatch(h -> h.userAgent().startsWith("Concord/0.1")));
        assertTrue(run.stream().noneMatch(h -> h.path().equals("/members/minutes.html")), "disallowed page never requested");
        for (int i = 1; i < run.size(); i++) {
            long gap = run.get(i).nanos() - run.get(i - 1).nanos();
            assertTrue(gap >= 19_000_000L, "requests to one host are spaced: " + run.get(i - 1).path() + " -> "
                    + run.get(i).path() + " " + gap / 1_000_000 + " ms");
        }

        Ingested read = new ArticleReader().read(List.of(out.resolve("articles.jsonl")), null);
        assertEquals(List.of(), read.problems());
        assertEquals(5, read.articles().size());
        Article a = read.articles().get(1);
        assertEquals("Market square trees to be replaced", a.title());
        assertEquals(LocalDate.of(2032, 3, 17), a.published());
        assertEquals(DateSource.METADATA, a.publishedFrom());
        assertEquals(site.url("/news/trees.html"), a.url());
    }

    @Test
    void stopsAtMaxItemsAndSaysHowManyWereLeft() throws IOException {
        Path out = dir.resolve("few");
        Path local = Files.writeString(dir.resolve("local-feed.xml"), Feeds.rss(site.base));
        FetchReport report = new FeedFetcher(LOCAL.withMaxItems(2)).run(List.of(local.toUri().toString()), out, line -> { });
        assertEquals(2, report.written());
        assertEquals(1, report.problems().size());
        assertEquals("11 more items not fetched (at most 2 a feed)", report.problems().get(0).reason());
        assertNull(report.problems().get(0).url());
    }

    @Test
    void followsTheFeedAnHtmlPageAnnounces() throws IOException {
        FetchReport report = new FeedFetcher(LOCAL.withMaxItems(1)).run(List.of(site.url("/index.html")), dir.resolve("found"), line -> { });
        assertEquals(1, report.written(), report.problems().toString());
        assertEquals(site.url("/news/ferry.html"),
                JSON.readTree(Files.readAllLines(dir.resolve("found/articles.jsonl")).get(0)).get("url").asText());
    }

    @Test
    void refusesTheLocalSiteWithoutAllowPrivate() throws IOException {
        Path out = dir.resolve("strict");
        int before = site.hits.size();
        FetchReport report = new FeedFetcher(LOCAL.withAllowPrivate(false)).run(List.of(site.url("/feed.xml")), out, line -> { });
        assertEquals(0, report.written());
        assertEquals(1, report.problems().size());
        assertTrue(report.problems().get(0).reason().startsWith("refused: 127.0.0.1 resolves to 127.0.0.1, a loopback address"));
        assertEquals(before, site.hits.size());
        assertEquals("", Files.readString(out.resolve("articles.jsonl")));
    }
}
