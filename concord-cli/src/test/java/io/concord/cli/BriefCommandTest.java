package io.concord.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** End to end: {@code concord brief} on the bundled fictional example story. */
class BriefCommandTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "kessel-flood");
    private static final Path MANIFEST = Path.of("..", "examples", "kessel-flood.manifest.csv");
    private static JsonNode brief;
    private static String html;

    @BeforeAll
    static void runBriefOnTheExample(@TempDir Path tmp) throws Exception {
        Path json = tmp.resolve("brief.json");
        int code = new CommandLine(new Main()).execute("brief", EXAMPLE.toString(), "--manifest", MANIFEST.toString(),
                "--format", "json", "--out", json.toString());
        assertEquals(0, code);
        brief = new ObjectMapper().readTree(json.toFile());
        Path page = tmp.resolve("brief.html");
        assertEquals(0, new CommandLine(new Main()).execute("brief", EXAMPLE.toString(), "--manifest",
                MANIFEST.toString(), "--format", "html", "--words", "80", "--out", page.toString()));
        html = Files.readString(page);
    }

    @Test
    void readsEveryFormatAndDatesEachArticle() {
        assertEquals("concord.brief/1", brief.get("schema").asText());
        assertEquals(5, brief.at("/story/articleCount").asInt());
        Set<String> from = new HashSet<>();
        for (JsonNode a : brief.get("articles")) {
            assertFalse(a.get("published").isNull(), "every example article has a date: " + a);
            from.add(a.get("publishedFrom").asText());
        }
        assertEquals(Set.of("metadata", "text", "manifest"), from);
        assertTrue(brief.get("problems").isEmpty(), "no example input is rejected: " + brief.get("problems"));
    }

    @Test
    void everyReferenceResolves() {
        Set<String> articles = new HashSet<>();
        brief.get("articles").forEach(a -> articles.add(a.get("id").asText()));
        Set<String> entities = new HashSet<>();
        brief.get("entities").forEach(e -> entities.add(e.get("id").asText()));
        for (JsonNode s : brief.get("summary")) {
            assertTrue(articles.contains(s.get("article").asText()));
            s.get("sources").forEach(src -> assertTrue(articles.contains(src.asText())));
        }
        for (JsonNode t : brief.get("timeline")) {
            t.get("sources").forEach(src -> assertTrue(articles.contains(src.asText())));
        }
        for (JsonNode q : brief.get("quotes")) {
            assertTrue(articles.contains(q.get("article").asText()));
            assertTrue(q.get("speaker").isNull() || entities.contains(q.get("speaker").asText()));
        }
        int claims = brief.get("claims").size();
        for (JsonNode d : brief.get("disagreements")) {
            d.get("claims").forEach(i -> assertTrue(i.asInt() >= 0 && i.asInt() < claims));
        }
    }

    @Test
    void mergesSpellingVariantsOfTheTown() {
        boolean merged = StreamSupport.stream(brief.get("entities").spliterator(), false)
                .anyMatch(e -> e.get("type").asText().equals("LOCATION")
                        && e.get("variants").toString().contains("\"Port Haldane\"")
                        && e.get("variants").toString().contains("\"Port Haldan\""));
        assertTrue(merged, "Port Haldane and Port Haldan are one place: " + brief.get("entities"));
    }

    @Test
    void attributesQuotesToTheGovernorByFullName() {
        long governor = StreamSupport.stream(brief.get("quotes").spliterator(), false)
                .filter(q -> "Ilse Marrow".equals(q.get("speakerName").asText(null))).count();
        assertTrue(governor >= 3, "the governor is quoted in several reports: " + brief.get("quotes"));
    }

    @Test
    void findsTheConflictingDeathTolls() {
        Set<Long> tolls = new HashSet<>();
        for (JsonNode c : brief.get("claims")) {
            if (c.get("subject").asText().contains("killed")) {
                tolls.add(c.get("value").asLong());
            }
        }
        assertTrue(tolls.containsAll(Set.of(12L, 19L, 21L, 30L)), "tolls: " + tolls);
        assertFalse(brief.get("disagreements").isEmpty());
    }

    @Test
    void resolvesWeekdaysAgainstPublicationDates() {
        Set<String> dates = new HashSet<>();
        brief.get("timeline").forEach(t -> dates.add(t.get("date").asText()));
        // "said on Tuesday" in the report of Tuesday 4 March 2025; "on Saturday" in the report of 8 March
        assertTrue(dates.contains("2025-03-04"), dates.toString());
        assertTrue(dates.contains("2025-03-08"), dates.toString());
        for (String d : dates) {
            assertTrue(d.startsWith("2025"), "nothing outside the story's year: " + d);
        }
    }

    @Test
    void summaryIsSourcedAndFreeOfFurniture() {
        Set<String> cited = new HashSet<>();
        for (JsonNode s : brief.get("summary")) {
            s.get("sources").forEach(src -> cited.add(src.asText()));
            String text = s.get("text").asText();
            assertFalse(text.matches("(?i).*(share this|click to follow|all rights reserved|cookie).*"), text);
        }
        assertTrue(cited.size() >= 2, "summary cites several articles: " + cited);
    }

    @Test
    void htmlPageHasEverySection() {
        for (String section : new String[] {"Summary", "Timeline", "Who and where", "Quotes", "Claims", "Sources"}) {
            assertTrue(html.contains("<h2>" + section + "</h2>"), section);
        }
    }

    @Test
    void noUsableInputIsAnErrorNamingTheFile(@TempDir Path tmp) throws Exception {
        Path junk = tmp.resolve("notes.pdf");
        Files.write(junk, new byte[] {'%', 'P', 'D', 'F', 0, 1, 2});
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = new CommandLine(new Main()).execute("brief", junk.toString());
        } finally {
            System.setErr(old);
        }
        assertEquals(1, code);
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("notes.pdf"), message);
    }
}
