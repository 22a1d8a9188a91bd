package io.concord.eval.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractionBenchmarkTest {
    @TempDir
    Path dir;

    private static final String PAGE = "<html><body><nav><a href=/>Home</a> <a href=/about>About us</a></nav>"
            + "<article><p>The lighthouse on the northern cape was repainted this week, for the first time in a decade.</p>"
            + "<p>Volunteers from the village spent four days on scaffolding, working between the autumn storms.</p>"
            + "</article><footer>Imprint and privacy policy</footer></body></html>";

    private Path data(int copies) throws Exception {
        Path file = dir.resolve("evaldata.jsonl.gz");
        String line = "{\"url\":\"https://example.org/a\",\"file\":\"a.html\",\"html\":"
                + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(PAGE)
                + ",\"with\":[\"repainted this week\",\"between the autumn storms\"],\"without\":[\"About us\",\"privacy policy\"]}\n";
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < copies; i++) {
                out.write(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        return file;
    }

    @Test
    void readsCasesAndScoresConcordAndThePeerInOneRun() throws Exception {
        Path json = dir.resolve("out/extract.json");
        List<SystemResult> results = ExtractBench.run(new ExtractBench.Options(data(3), json, 2,
                List.of("boilerpipe"), 2, null), new java.io.PrintStream(OutputStream.nullOutputStream()));
        assertEquals(2, results.size());
        SystemResult concord = results.get(0);
        assertEquals(2, concord.pages());
        assertEquals(new SnippetCounts(4, 0, 0, 4), concord.counts());
        assertEquals(1.0, concord.f1());
        assertTrue(concord.pagesPerSecond() > 0 && concord.pagesPerSecondParallel() > 0);
        assertTrue(results.get(1).name().startsWith("boilerpipe"));
        String written = Files.readString(json);
        assertTrue(written.contains("\"f1\" : 1.0") && written.contains("boilerpipe"), written);
    }

    @Test
    void aBrokenLineIsReportedWithFileAndLine() throws Exception {
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "{\"url\":\"u\",\"html\":\"<p>x</p>\",\"with\":[],\"without\":[]}\nnot json\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExtractionCases.read(bad, 0));
        assertTrue(e.getMessage().contains("bad.jsonl") && e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void tableHasOneRowPerSystem() {
        SystemResult r = new SystemResult("x", 1, new SnippetCounts(1, 0, 0, 1), 0, 0, 10, 20, 2);
        String table = ExtractionBenchmark.table(List.of(r));
        assertTrue(table.lines().anyMatch(l -> l.startsWith("x ") && l.contains("1.000")), table);
    }
}
