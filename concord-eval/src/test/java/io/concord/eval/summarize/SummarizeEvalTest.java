package io.concord.eval.summarize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.concord.eval.rouge.Rouge;
import io.concord.eval.rouge.RougeData;
import io.concord.summary.Terms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummarizeEvalTest {
    private static final String LINE1 = "{\"id\":\"c1\",\"documents\":["
            + "\"A landslide blocked the coastal road near Pellmouth on Thursday. Crews expect to clear it by Saturday. Two cars were trapped but their drivers escaped.\","
            + "\"The coastal road at Pellmouth was blocked by a landslide on Thursday. Heavy rain had loosened the cliff. Buses are taking a longer inland route.\"],"
            + "\"summary\":\"A landslide blocked the coastal road near Pellmouth on Thursday after heavy rain; crews hope to clear it by Saturday.\"}";
    private static final String LINE2 = "{\"id\":\"c2\",\"documents\":[\"\", \"Short.\"],\"summary\":\"Nothing much happened.\"}";
    private static final String LINE3 = "{\"documents\":\"First text about the Ardel dam repairs. ||||| Second text on the Ardel dam works.\"}";

    private static Path write(Path dir, String name, String content) throws IOException {
        Path p = dir.resolve(name);
        if (name.endsWith(".gz")) {
            try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(p))) {
                o.write(content.getBytes(StandardCharsets.UTF_8));
            }
        } else {
            Files.writeString(p, content);
        }
        return p;
    }

    @Test
    void readsJsonLinesPlainAndGzippedWithEveryAndLimit(@TempDir Path dir) throws IOException {
        String all = LINE1 + "\n" + LINE2 + "\n" + LINE3 + "\n";
        for (String name : List.of("a.jsonl", "a.jsonl.gz")) {
            Path p = write(dir, name, all);
            List<Cluster> cs = ClusterReader.readJsonl(p, 1, 0);
            assertEquals(3, cs.size());
            assertEquals("c1", cs.get(0).id());
            assertEquals(2, cs.get(0).documents().size());
            assertEquals(1, cs.get(0).references().size());
            assertEquals("2", cs.get(2).id(), "line number when there is no id");
            assertEquals(List.of("First text about the Ardel dam repairs.", "Second text on the Ardel dam works."),
                    cs.get(2).documents());
            assertEquals(List.of("c2"), ClusterReader.readJsonl(p, 2, 0).stream().map(Cluster::id).toList());
            assertEquals(1, ClusterReader.readJsonl(p, 1, 1).size());
        }
    }

    @Test
    void badInputNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path p = write(dir, "bad.jsonl", LINE1 + "\n{not json\n");
        IOException e = assertThrows(IOException.class, () -> ClusterReader.readJsonl(p, 1, 0));
        assertTrue(e.getMessage().contains("bad.jsonl") && e.getMessage().contains("line 2"), e.getMessage());
        Path q = write(dir, "nodocs.jsonl", "{\"id\":\"x\"}\n");
        IOException e2 = assertThrows(IOException.class, () -> ClusterReader.readJsonl(q, 1, 0));
        assertTrue(e2.getMessage().contains("documents"), e2.getMessage());
        IOException e3 = assertThrows(IOException.class, () -> ClusterReader.readJsonl(dir.resolve("missing.jsonl"), 1, 0));
        assertTrue(e3.getMessage().contains("missing.jsonl"));
    }

    @Test
    void readsDucFolders(@TempDir Path dir) throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs/d301t"));
        Files.writeString(docs.resolve("APW1"), "<DOC><TEXT><P>The Ostrava tram line reopened.</P><P>Riders cheered.</P></TEXT></DOC>");
        Files.writeString(docs.resolve("NYT2"), "<DOC><TEXT>Trams run again in Ostrava after a year.</TEXT></DOC>");
        Path refs = Files.createDirectories(dir.resolve("refs"));
        Files.writeString(refs.resolve("D301.M.100.T.A"), "The tram line reopened.");
        Files.writeString(refs.resolve("D301.M.100.T.B"), "Trams are back.");
        Files.writeString(refs.resolve("D302.M.100.T.A"), "Other set.");
        List<Cluster> cs = ClusterReader.readDuc(dir.resolve("docs"), refs);
        assertEquals(1, cs.size());
        assertEquals(2, cs.get(0).documents().size());
        assertFalse(cs.get(0).documents().get(0).contains("<"));
        assertEquals(2, cs.get(0).references().size());
    }

    @Test
    void batchSummarizeWritesOneLinePerClusterInOrder(@TempDir Path dir) throws IOException {
        Path in = write(dir, "in.jsonl", LINE1 + "\n" + LINE2 + "\n" + LINE3 + "\n");
        Path out = dir.resolve("out/sum.jsonl");
        List<String> methods = new java.util.ArrayList<>(Methods.NAMES);
        methods.addAll(Methods.SELECTIONS);
        for (String method : methods) {
            assertTrue(Methods.isKnown(method.toUpperCase()), method);
            assertEquals(3, BatchSummarize.run(in, out, 20, method, null, 2));
            List<String> lines = Files.readAllLines(out);
            assertEquals(3, lines.size());
            ObjectMapper json = new ObjectMapper();
            JsonNode first = json.readTree(lines.get(0));
            assertEquals("c1", first.get("id").asText());
            String summary = first.get("summary").asText();
            assertTrue(summary.toLowerCase().contains("landslide"), method + ": " + summary);
            assertTrue(Terms.countWords(summary) <= 20, method + ": " + summary);
            assertEquals("c2", json.readTree(lines.get(1)).get("id").asText());
        }
        assertThrows(IllegalArgumentException.class, () -> BatchSummarize.run(in, out, 20, "nosuch", null, 1));
        assertFalse(Methods.isKnown("nosuch"));
    }

    @Test
    void benchmarkScoresEverySystemAndTheOracleOnTop(@TempDir Path dir) throws IOException {
        Path in = write(dir, "in.jsonl", LINE1 + "\n" + LINE2 + "\n");
        List<Cluster> cs = ClusterReader.readJsonl(in, 1, 0);
        SummarizeBenchmark.Result r = SummarizeBenchmark.run("test", cs,
                new SummarizeBenchmark.Settings(20, 2, Methods.NAMES, true, null), new Rouge(RougeData.none()), null);
        assertEquals(2, r.clusters());
        assertEquals(Methods.NAMES.size() + 1, r.systems().size());
        SummarizeBenchmark.SystemResult oracle = r.systems().get(r.systems().size() - 1);
        assertEquals(SummarizeBenchmark.ORACLE, oracle.system());
        for (SummarizeBenchmark.SystemResult s : r.systems()) {
            assertTrue(s.rouge1() > 10 && s.rouge1() <= 100, s.toString());
            assertTrue(oracle.rouge1() + 1e-9 >= s.rouge1(), "oracle below " + s);
            assertTrue(s.averageWords() <= 20);
        }
        Path json = dir.resolve("r/summ.json");
        SummarizeBenchmark.writeJson(r, json);
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals(Methods.NAMES.size() + 1, root.get("systems").size());
        assertEquals("concord", root.get("systems").get(0).get("system").asText());
    }
}
