package io.concord.eval.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.concord.nlp.CoreNlpAnalyzer;
import io.concord.quote.QuoteFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark end to end on a one-article corpus in PolNeAR's layout, written here. */
class PolnearQuotesBenchmarkTest {

    @Test
    void scoresAHandMadeCorpusAndWritesJson(@TempDir Path dir) throws Exception {
        String text = "\"The bridge will open in June,\" engineer Tom Becker said.\n\n"
                + "Officials said the budget was tight.";
        int q0 = 0;
        int q1 = text.indexOf(" engineer");
        int s0 = text.indexOf("Tom Becker");
        int c0 = text.indexOf("said");
        String ann = "T1\tContent " + q0 + " " + q1 + "\t" + text.substring(q0, q1) + "\n"
                + "T2\tSource " + s0 + " " + (s0 + 10) + "\tTom Becker\n"
                + "T3\tCue " + c0 + " " + (c0 + 4) + "\tsaid\n"
                + "T4\tAttribution " + c0 + " " + (c0 + 4) + "\tsaid\n"
                + "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2\n";
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        Files.writeString(dir.resolve("text/story.txt"), text, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("attributions/story_ab12.ann"), ann, StandardCharsets.UTF_8);

        Path cache = dir.resolve("cache");
        PolnearQuotesBenchmark bench = new PolnearQuotesBenchmark(new CoreNlpAnalyzer(), cache,
                QuoteFinder.ShortQuotes.DIRECT);
        PolnearQuotesBenchmark.Result r = bench.run(dir, 0, null);
        assertEquals(1, r.articles());
        QuoteCounts c = r.total();
        assertEquals(1, c.gold());
        assertEquals(1, c.predicted());
        assertEquals(1, c.goldOverlap());
        assertEquals(1, c.goldExact());
        assertEquals(1, c.speakerCorrect());
        assertTrue(Files.isRegularFile(cache.resolve("story.json")));

        // the second run reads the cached analysis and gives the same figures
        assertEquals(c, new PolnearQuotesBenchmark(a -> { throw new AssertionError("analysed again"); }, cache,
                QuoteFinder.ShortQuotes.DIRECT).run(dir, 0, null).total());

        Path json = dir.resolve("out/quotes.json");
        PolnearQuotesBenchmark.writeJson(r, json);
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals(1.0, root.path("overlap").path("f1").asDouble(), 1e-9);
        assertEquals(1, root.path("speaker").path("correct").asInt());

        ByteArrayOutputStream table = new ByteArrayOutputStream();
        PolnearQuotesBenchmark.printTable(r, new PrintStream(table, true, StandardCharsets.UTF_8));
        assertTrue(table.toString(StandardCharsets.UTF_8).contains("overlap"));
    }

    @Test
    void rejectsAFolderWithoutThePolnearLayout(@TempDir Path dir) {
        PolnearQuotesBenchmark bench = new PolnearQuotesBenchmark(a -> { throw new AssertionError(); }, null,
                QuoteFinder.ShortQuotes.DIRECT);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> bench.run(dir, 0, null));
        assertTrue(e.getMessage().contains("text/"), e.getMessage());
    }
}
