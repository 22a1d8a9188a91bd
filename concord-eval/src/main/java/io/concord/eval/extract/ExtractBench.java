package io.concord.eval.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.concord.extract.HtmlExtractor;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code bench extract} benchmark: Concord's {@link HtmlExtractor} and the chosen peers on the
 * trafilatura evaluation pages, scored in the same run; prints a table, writes JSON (and optionally the
 * per-page misses of Concord's extractor, for error analysis).
 */
public final class ExtractBench {
    public static final String CONCORD = "concord HtmlExtractor";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * @param data    the evaluation file ({@code evaldata.jsonl.gz}) or the folder holding it
     * @param peers   peer names; known: {@code boilerpipe}, {@code readability} (needs node and
     *                {@code npm install} in {@code tools/peers/readability}, found from the working folder)
     * @param details when not null, per-page misses (JSON Lines) of Concord's extractor go there
     */
    public record Options(Path data, Path json, int limit, List<String> peers, int threads, Path details) {
    }

    private ExtractBench() {
    }

    public static List<SystemResult> run(Options o, PrintStream out) {
        Path file = Files.isDirectory(o.data()) ? o.data().resolve("evaldata.jsonl.gz") : o.data();
        List<ExtractionCase> cases = ExtractionCases.read(file, o.limit());
        out.printf(Locale.ROOT, "%d pages from %s; %d thread(s) for the parallel run%n", cases.size(), file, o.threads());
        List<NamedExtractor> systems = new ArrayList<>();
        HtmlExtractor extractor = new HtmlExtractor();
        systems.add(new NamedExtractor(CONCORD, c -> extractor.extract(c.html(), c.url()).text()));
        ReadabilityPeer readability = null;
        for (String peer : o.peers()) {
            switch (peer.toLowerCase(Locale.ROOT)) {
                case "boilerpipe" -> systems.add(BoilerpipePeer.extractor());
                case "readability" -> {
                    readability = new ReadabilityPeer(Path.of("tools/peers/readability"));
                    systems.add(readability.extractor());
                }
                default -> throw new IllegalArgumentException(
                        "unknown peer '" + peer + "' (known: boilerpipe, readability)");
            }
        }
        try {
            return run(o, out, file, cases, systems);
        } finally {
            if (readability != null) {
                readability.close();
            }
        }
    }

    private static List<SystemResult> run(Options o, PrintStream out, Path file, List<ExtractionCase> cases,
                                          List<NamedExtractor> systems) {
        ExtractionBenchmark bench = new ExtractionBenchmark(o.threads(), Math.min(100, cases.size()));
        List<SystemResult> results = new ArrayList<>();
        for (NamedExtractor s : systems) {
            ExtractionBenchmark.Run run = bench.run(s, cases);
            results.add(run.result());
            if (s.name().equals(CONCORD) && o.details() != null) {
                writeDetails(o.details(), cases, run.outputs());
            }
        }
        out.print(ExtractionBenchmark.table(results));
        if (o.json() != null) {
            writeJson(o.json(), file, results);
            out.println("JSON written to " + o.json());
        }
        return results;
    }

    private static void writeJson(Path json, Path data, List<SystemResult> results) {
        ObjectNode root = JSON.createObjectNode();
        root.put("benchmark", "extract");
        root.put("data", data.toString());
        root.put("time", Instant.now().toString());
        root.put("scoring", "snippet containment as trafilatura tests/evaluate.py, whitespace runs collapsed");
        ArrayNode systems = root.putArray("systems");
        for (SystemResult r : results) {
            ObjectNode n = systems.addObject();
            n.put("name", r.name());
            n.put("pages", r.pages());
            n.put("truePositives", r.counts().truePositives());
            n.put("falseNegatives", r.counts().falseNegatives());
            n.put("falsePositives", r.counts().falsePositives());
            n.put("trueNegatives", r.counts().trueNegatives());
            n.put("precision", r.precision());
            n.put("recall", r.recall());
            n.put("f1", r.f1());
            n.put("emptyOutputs", r.emptyOutputs());
            n.put("errors", r.errors());
            n.put("pagesPerSecond1Thread", r.pagesPerSecond());
            n.put("threads", r.threads());
            n.put("pagesPerSecondNThreads", r.pagesPerSecondParallel());
        }
        try {
            if (json.toAbsolutePath().getParent() != null) {
                Files.createDirectories(json.toAbsolutePath().getParent());
            }
            JSON.writeValue(json.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException(json + ": cannot write: " + e.getMessage(), e);
        }
    }

    private static void writeDetails(Path details, List<ExtractionCase> cases, List<String> outputs) {
        ObjectMapper lines = new ObjectMapper();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cases.size(); i++) {
            ExtractionCase c = cases.get(i);
            String text = SnippetScorer.normalise(outputs.get(i) == null ? "" : outputs.get(i));
            ObjectNode n = lines.createObjectNode();
            n.put("index", i);
            n.put("url", c.url());
            n.put("chars", text.length());
            ArrayNode missed = n.putArray("missed");
            c.with().stream().filter(s -> !text.contains(SnippetScorer.normalise(s))).forEach(missed::add);
            ArrayNode leaked = n.putArray("leaked");
            c.without().stream().filter(s -> text.contains(SnippetScorer.normalise(s))).forEach(leaked::add);
            if (!missed.isEmpty() || !leaked.isEmpty()) {
                try {
                    b.append(lines.writeValueAsString(n)).append('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        try {
            Files.writeString(details, b);
        } catch (IOException e) {
            throw new UncheckedIOException(details + ": cannot write: " + e.getMessage(), e);
        }
    }
}
