package io.concord.article;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WarcFormatTest {
    @TempDir
    static Path dir;

    private static Path archive;

    private static final Instant CAPTURED = Instant.parse("2031-06-09T14:20:00Z");
    private static final Charset CP1252 = Charset.forName("windows-1252");

    static String page(String title, String dateMeta, String... paragraphs) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><title>").append(title)
                .append(" | Lakeside Courier</title>");
        if (dateMeta != null) {
            sb.append("<meta property=\"article:published_time\" content=\"").append(dateMeta).append("\">");
        }
        sb.append("<meta property=\"og:site_name\" content=\"Lakeside Courier\"></head><body>")
                .append("<nav><a href=\"/\">Home</a> <a href=\"/town\">Town</a> <a href=\"/sport\">Sport</a></nav>")
                .append("<article><h1>").append(title).append("</h1>");
        for (String p : paragraphs) {
            sb.append("<p>").append(p).append("</p>");
        }
        return sb.append("</article><footer>Copyright Lakeside Courier. All rights reserved.</footer></body></html>").toString();
    }

    private static final String BRIDGE = page("Old swing bridge reopens after repairs", "2031-06-08T09:00:00Z",
            "The swing bridge over the Brenn canal reopened to traffic on Monday after eleven weeks of repairs "
                    + "to its rusted turning gear, the county highways office said.",
            "Engineers replaced both bearings and the café on the east bank reopened the same morning, "
                    + "its owner said, after a spring of empty tables and detour signs.",
            "The repairs cost 1.4 million euros, about a fifth more than the council had budgeted in January.");

    private static final String LIBRARY = page("Library extends weekend opening hours", null,
            "The central library in Harwick will stay open until eight on Saturdays from next month, "
                    + "the town council decided at its meeting on Thursday evening.",
            "Councillors approved the change by nine votes to two after a petition signed by more than "
                    + "three thousand residents asked for longer hours during exam season.",
            "Two extra librarians will be hired on part-time contracts to cover the new evening shifts.");

    private static final String ORCHARD = page("Volunteers plant community orchard", "2031-05-30",
            "More than sixty volunteers planted forty apple and pear trees on the former rail yard in "
                    + "Ostbury on Sunday, turning a fenced lot into the town's first community orchard.",
            "The trees were donated by a nursery in the valley, and the parish will water them through "
                    + "their first dry summer, a parish spokeswoman said.",
            "Organisers hope the orchard will give its first harvest within four years.");

    @BeforeAll
    static void writeArchive() throws IOException {
        archive = dir.resolve("crawl.warc.gz");
        try (FileChannel ch = FileChannel.open(archive, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter w = new WarcWriter(ch, WarcCompression.GZIP)) {
            w.write(new Warcinfo.Builder().filename("crawl.warc.gz").date(CAPTURED).build());
            String bridgeUrl = "https://www.lakeside-courier.example/town/swing-bridge-reopens";
            w.write(new WarcRequest.Builder(bridgeUrl).date(CAPTURED)
                    .body(new HttpRequest.Builder("GET", "/town/swing-bridge-reopens").build()).build());
            // 1. windows-1252 page whose charset is only in the HTTP header
            w.write(response(bridgeUrl, 200, "text/html; charset=windows-1252", BRIDGE.getBytes(CP1252), false));
            // 2. gzip Content-Encoding, no date in the page: the capture date is used
            w.write(response("https://lakeside-courier.example/town/library-hours", 200, "text/html; charset=utf-8",
                    LIBRARY.getBytes(StandardCharsets.UTF_8), true));
            // 3. not found: skipped
            w.write(response("https://lakeside-courier.example/missing", 404, "text/html",
                    "<html><body><p>Page not found</p></body></html>".getBytes(StandardCharsets.UTF_8), false));
            // 4. an image: skipped
            w.write(response("https://lakeside-courier.example/logo.png", 200, "image/png",
                    new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3}, false));
            // 5. a resource record holding HTML
            w.write(new WarcResource.Builder(java.net.URI.create("https://ostbury-news.example/orchard"))
                    .date(CAPTURED).body(MediaType.parse("text/html"), ORCHARD.getBytes(StandardCharsets.UTF_8)).build());
        }
    }

    private static WarcResponse response(String url, int status, String type, byte[] body, boolean gzip) throws IOException {
        HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found");
        if (gzip) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write(body);
            }
            http.addHeader("Content-Encoding", "gzip").body(MediaType.parse(type), out.toByteArray());
        } else {
            http.body(MediaType.parse(type), body);
        }
        return new WarcResponse.Builder(url).date(CAPTURED).body(http.build()).build();
    }

    @Test
    void readsHtmlResponsesAndResourcesAndCountsTheRest() {
        Ingested got = new ArticleReader().read(List.of(archive), null);
        List<Article> a = got.articles();
        assertEquals(3, a.size(), got.toString());

        Article bridge = a.get(0);
        assertEquals("a1", bridge.id());
        assertEquals("Old swing bridge reopens after repairs", bridge.title());
        assertTrue(bridge.text().contains("the café on the east bank"), bridge.text());
        assertEquals("https://www.lakeside-courier.example/town/swing-bridge-reopens", bridge.url());
        assertEquals(LocalDate.of(2031, 6, 8), bridge.published());
        assertEquals(DateSource.METADATA, bridge.publishedFrom());
        assertEquals("Lakeside Courier", bridge.outlet());
        assertEquals(archive + "#3", bridge.path());

        Article library = a.get(1);
        assertTrue(library.text().startsWith("The central library in Harwick"), library.text());
        assertEquals(LocalDate.of(2031, 6, 9), library.published(), "capture date when the page has none");
        assertEquals(archive + "#4", library.path());

        Article orchard = a.get(2);
        assertEquals("https://ostbury-news.example/orchard", orchard.url());
        assertEquals(LocalDate.of(2031, 5, 30), orchard.published());
        assertEquals(archive + "#7", orchard.path());

        assertEquals(1, got.problems().size(), got.problems().toString());
        Problem p = got.problems().get(0);
        assertEquals(archive.toString(), p.path());
        assertTrue(p.reason().contains("2 of 7 records skipped"), p.reason());
        assertTrue(p.reason().contains("1 HTTP 404"), p.reason());
        assertTrue(p.reason().contains("1 non-HTML image/png"), p.reason());
        assertTrue(p.reason().contains("1 request, 1 warcinfo"), p.reason());
    }

    @Test
    void uncompressedArchiveInAFolderIsFound() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("plain"));
        try (FileChannel ch = FileChannel.open(sub.resolve("one.warc"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter w = new WarcWriter(ch, WarcCompression.NONE)) {
            w.write(response("https://ostbury-news.example/orchard", 200, "text/html", ORCHARD.getBytes(StandardCharsets.UTF_8), false));
        }
        Ingested got = new ArticleReader().read(List.of(sub), null);
        assertEquals(List.of(), got.problems());
        assertEquals(1, got.articles().size());
        assertEquals("Volunteers plant community orchard", got.articles().get(0).title());
    }

    @Test
    void truncatedArchiveKeepsTheRecordsBeforeTheDamage() throws IOException {
        byte[] whole = Files.readAllBytes(archive);
        Path cut = dir.resolve("cut.warc.gz");
        Files.write(cut, Arrays.copyOf(whole, whole.length - 200));
        Ingested got = new ArticleReader().read(List.of(cut), null);
        assertEquals(2, got.articles().size(), got.toString());
        assertTrue(got.problems().stream().anyMatch(p -> p.path().equals(cut.toString())
                && p.reason().startsWith("corrupt or truncated WARC archive after record 6")), got.problems().toString());
    }

    @Test
    void notAnArchiveIsAProblemNamingTheFile() throws IOException {
        Path junk = dir.resolve("junk.warc");
        Files.writeString(junk, "this is a shopping list, not a web archive\neggs\nflour\n");
        Path empty = dir.resolve("empty.warc.gz");
        Files.write(empty, new byte[0]);
        Ingested got = new ArticleReader().read(List.of(junk, empty), null);
        assertEquals(List.of(), got.articles());
        assertEquals(2, got.problems().size(), got.problems().toString());
        assertEquals(junk.toString(), got.problems().get(0).path());
        assertTrue(got.problems().get(0).reason().startsWith("not a WARC archive"), got.problems().get(0).reason());
        assertEquals(empty.toString(), got.problems().get(1).path());
        assertEquals("empty WARC archive (no records)", got.problems().get(1).reason());
    }
}
