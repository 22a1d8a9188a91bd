package io.concord.article;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleReaderTest {
    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader();

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
        return p;
    }

    private static final String TXT = """
            Ferry strike ends in Westmarch

            Last Modified: 12 Apr 2019 08:30

            Ferry crews in Westmarch returned to work on Thursday after a four-day strike over rosters
            ended with a deal brokered by the port board.

            "We are glad the boats are moving again," said union organiser Petra Lindqvist.
            Harbour Herald and agencies
            """;

    @Test
    void readsTxtWithTitleParagraphsDateAndOutlet() throws IOException {
        Path f = write("ferry.txt", TXT);
        Ingested got = reader.read(List.of(f), null);
        assertEquals(List.of(), got.problems());
        Article a = got.articles().get(0);
        assertEquals("a1", a.id());
        assertEquals("Ferry strike ends in Westmarch", a.title());
        assertEquals(LocalDate.of(2019, 4, 12), a.published());
        assertEquals(DateSource.TEXT, a.publishedFrom());
        assertEquals("Harbour Herald", a.outlet());
        assertEquals(f.toString(), a.path());
        List<String> paragraphs = List.of(a.text().split("\n\n"));
        // the line broken mid-sentence is joined; every other line is its own paragraph
        assertEquals("Ferry crews in Westmarch returned to work on Thursday after a four-day strike over rosters "
                + "ended with a deal brokered by the port board.", paragraphs.get(1));
        assertEquals("\"We are glad the boats are moving again,\" said union organiser Petra Lindqvist.", paragraphs.get(2));
        assertEquals(4, paragraphs.size());
    }

    @Test
    void txtWithoutDateHasNone() throws IOException {
        Path f = write("nodate.txt", "Quiet day at the market\n\nStalls opened as usual and traders reported steady sales.\n");
        Article a = reader.read(List.of(f), null).articles().get(0);
        assertNull(a.published());
        assertEquals(DateSource.NONE, a.publishedFrom());
    }

    @Test
    void readsHtmlWithDeclaredCharset() throws IOException {
        String html = "<html><head><meta charset=\"iso-8859-1\"><title>Caf\u00e9 owners protest</title></head><body>"
                + "<p>Caf\u00e9 owners in Oldport marched to the town hall on Monday to protest against a new tax.</p>"
                + "<p>Published 2 May 2016</p></body></html>";
        Path f = write("cafe.html", html.getBytes(Charset.forName("windows-1252")));
        Ingested got = reader.read(List.of(f), null);
        assertEquals(List.of(), got.problems());
        Article a = got.articles().get(0);
        assertTrue(a.text().startsWith("Caf\u00e9 owners in Oldport"), a.text());
        assertEquals("Caf\u00e9 owners protest", a.title());
        assertEquals(LocalDate.of(2016, 5, 2), a.published());
        assertEquals(DateSource.TEXT, a.publishedFrom());
    }

    @Test
    void htmlWithoutCharsetFallsBackToWindows1252WhenNotUtf8() throws IOException {
        String html = "<html><body><p>The \u201cnew\u201d bridge at Kestrel Bay opened to traffic on Sunday morning.</p></body></html>";
        Path f = write("bridge.htm", html.getBytes(Charset.forName("windows-1252")));
        Article a = reader.read(List.of(f), null).articles().get(0);
        assertTrue(a.text().contains("\u201cnew\u201d bridge"), a.text());
    }

    @Test
    void htmlWithUtf8BomAndNoText() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "<html><body><p>Z\u00fcrich tram lines reopen after the flood.</p></body></html>".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        Path ok = write("tram.html", all);
        Path empty = write("empty-page.html", "<html><head><title>Nothing</title></head><body></body></html>");
        Ingested got = reader.read(List.of(ok, empty), null);
        assertEquals("Z\u00fcrich tram lines reopen after the flood.", got.articles().get(0).text());
        assertEquals(1, got.problems().size());
        assertEquals(empty.toString(), got.problems().get(0).path());
    }

    private static final String JSONL = """
            {"title": "Orchard harvest falls", "maintext": "Apple growers in the Lannet valley picked a third less fruit this year.\\nLate frost is blamed.", "date_publish": "2012-02-18 11:06:00", "source_domain": "valleypost.example", "url": "https://valleypost.example/orchard", "authors": ["Ines Varga", "Tomas Bell"]}
            {"title": "Night trains return", "description": "Night trains between Oldport and Kestrel Bay resume service next week.", "date_publish": "2019-07-01T22:15:00Z"}
            {"title": "broken", "maintext": "missing brace"
            
            ["not", "an", "object"]
            {"title": "No text at all", "maintext": ""}
            {"title": "Odd date", "maintext": "Published 5 June 2014\\nThe ferry company added a fourth boat to its fleet.", "date_publish": "sometime"}
            """;

    @Test
    void readsJsonLinesAndReportsBadLines() throws IOException {
        Path f = write("feed.jsonl", JSONL);
        Ingested got = reader.read(List.of(f), null);
        assertEquals(3, got.articles().size());
        Article first = got.articles().get(0);
        assertEquals("Orchard harvest falls", first.title());
        assertEquals("Apple growers in the Lannet valley picked a third less fruit this year.\n\nLate frost is blamed.", first.text());
        assertEquals(LocalDate.of(2012, 2, 18), first.published());
        assertEquals(DateSource.METADATA, first.publishedFrom());
        assertEquals("valleypost.example", first.outlet());
        assertEquals("https://valleypost.example/orchard", first.url());
        assertEquals("Ines Varga, Tomas Bell", first.author());
        assertEquals(f + "#1", first.path());
        Article second = got.articles().get(1);
        assertEquals("Night trains between Oldport and Kestrel Bay resume service next week.", second.text());
        assertEquals(LocalDate.of(2019, 7, 1), second.published());
        Article third = got.articles().get(2);
        assertEquals(LocalDate.of(2014, 6, 5), third.published());
        assertEquals(DateSource.TEXT, third.publishedFrom());
        assertEquals(List.of("a1", "a2", "a3"), got.articles().stream().map(Article::id).toList());

        List<String> problemPaths = got.problems().stream().map(Problem::path).toList();
        assertEquals(List.of(f + "#3", f + "#5", f + "#6", f + "#7"), problemPaths);
        assertTrue(got.problems().get(0).reason().startsWith("malformed JSON"));
        assertTrue(got.problems().get(3).reason().contains("date_publish"));
    }

    @Test
    void readsGzippedJsonLines() throws IOException {
        Path f = dir.resolve("feed.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write(JSONL.getBytes(StandardCharsets.UTF_8));
        }
        Ingested got = reader.read(List.of(f), null);
        assertEquals(3, got.articles().size());
        assertEquals(f + "#1", got.articles().get(0).path());
    }

    @Test
    void truncatedGzipKeepsCompleteLinesAndReports() throws IOException {
        Path whole = dir.resolve("whole.jsonl.gz");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            lines.append("{\"title\": \"Item ").append(i).append("\", \"maintext\": \"Report number ").append(i)
                    .append(" on the harbour works, with some words to fill the line ").append(Integer.toHexString(i * 7919)).append(".\"}\n");
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(whole))) {
            out.write(lines.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] all = Files.readAllBytes(whole);
        Path cut = write("cut.jsonl.gz", java.util.Arrays.copyOf(all, all.length * 2 / 3));
        Ingested got = reader.read(List.of(cut), null);
        assertTrue(got.articles().size() > 0 && got.articles().size() < 400, "partial read: " + got.articles().size());
        assertTrue(got.problems().stream().anyMatch(p -> p.path().equals(cut.toString()) && p.reason().contains("gzip")));
    }

    @Test
    void badInputsBecomeProblemsAndReadingGoesOn() throws IOException {
        Path good = write("good.txt", "Library reopens\nThe town library reopened after a two-year renovation.\n");
        Path binary = write("photo.txt", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 1, 2, 3});
        Path empty = write("empty.txt", new byte[0]);
        Path blank = write("blank.txt", "  \n\n \t\n");
        Path titleOnly = write("title-only.txt", "Just a headline\n");
        Path unknown = write("notes.docx", "whatever");
        Path missing = dir.resolve("missing.txt");
        Path badJson = write("bad.jsonl", "{not json at all\n");
        Ingested got = reader.read(List.of(binary, good, empty, blank, titleOnly, unknown, missing, badJson), null);
        assertEquals(1, got.articles().size());
        assertEquals("Library reopens", got.articles().get(0).title());
        assertEquals("a1", got.articles().get(0).id());
        List<String> paths = got.problems().stream().map(Problem::path).toList();
        assertEquals(List.of(binary.toString(), empty.toString(), blank.toString(), titleOnly.toString(),
                unknown.toString(), missing.toString(), badJson + "#1"), paths);
        assertTrue(got.problems().get(0).reason().contains("binary"));
        assertTrue(got.problems().get(4).reason().contains("unknown file type"));
        assertTrue(got.problems().get(5).reason().contains("no such file"));
    }

    @Test
    void foldersAreReadRecursivelyInSortedOrderSkippingHiddenFiles() throws IOException {
        write("b/second.txt", "Second\nThe second report is here.\n");
        write("a/z-first.txt", "First\nThe first report is here.\n");
        write("a/.hidden.txt", "Hidden\nThis must not be read.\n");
        write(".git/config.txt", "Hidden folder\nThis must not be read either.\n");
        write("c/readme.md", "# not a news format");
        Path hiddenExplicit = write(".draft.txt", "Draft\nAn explicitly named hidden file is read.\n");
        Ingested got = reader.read(List.of(dir.resolve("a"), dir.resolve("b"), dir.resolve("c"), hiddenExplicit), null);
        assertEquals(List.of("First", "Second", "Draft"), got.articles().stream().map(Article::title).toList());
        assertEquals(List.of("a1", "a2", "a3"), got.articles().stream().map(Article::id).toList());
        assertEquals(1, got.problems().size());
        assertTrue(got.problems().get(0).path().endsWith("readme.md"));
    }

    @Test
    void aFileListedTwiceIsReadOnceAndReported() throws IOException {
        Path f = write("x/one.txt", "One\nOnly one copy is read.\n");
        Ingested got = reader.read(List.of(f, dir.resolve("x")), null);
        assertEquals(1, got.articles().size());
        assertEquals(1, got.problems().size());
        assertTrue(got.problems().get(0).reason().contains("more than once"));
    }

    @Test
    void singleLongLineWithoutTitleIsText() throws IOException {
        Path f = write("one-line.txt", "The council of Oldport voted on Monday to close the old gasworks site and turn it into a park for the town.\n");
        Article a = reader.read(List.of(f), null).articles().get(0);
        assertNull(a.title());
        assertTrue(a.text().startsWith("The council of Oldport"));
    }

    @Test
    void fileStartingWithASentenceHasNoTitle() throws IOException {
        Path f = write("untitled.txt", "The council of Oldport voted on Monday to close the old gasworks site for good.\n"
                + "Work to clear the ground will start in the spring.\n");
        Article a = reader.read(List.of(f), null).articles().get(0);
        assertNull(a.title());
        assertEquals("The council of Oldport voted on Monday to close the old gasworks site for good.\n\n"
                + "Work to clear the ground will start in the spring.", a.text());
    }

    @Test
    void utf16TextWithBom() throws IOException {
        byte[] text = "\uFEFFRiver levels fall\nThe river fell below the warning mark overnight.\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[text.length];
        System.arraycopy(text, 0, withBom, 0, text.length);
        Path f = write("river.txt", withBom);
        Ingested got = reader.read(List.of(f), null);
        assertEquals(List.of(), got.problems());
        assertEquals("River levels fall", got.articles().get(0).title());
    }
}
