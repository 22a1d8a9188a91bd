package io.concord.cli;

import io.concord.eval.rouge.Rouge;
import io.concord.eval.rouge.RougeData;
import io.concord.eval.summarize.Cluster;
import io.concord.eval.summarize.ClusterReader;
import io.concord.eval.summarize.Methods;
import io.concord.eval.summarize.SummarizeBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code concord bench summarize}: ROUGE of Concord's summarizer, the baselines and the oracle. */
@Command(name = "summarize", mixinStandardHelpOptions = true,
        description = "Multi-document summarization benchmark (Multi-News JSON Lines, or DUC-style folders):"
                + " Concord, Lead, LexRank, TextRank, Centroid and a greedy oracle, ROUGE-1/2/L F1.")
public final class BenchSummarizeCommand implements Callable<Integer> {
    @Option(names = "--data", defaultValue = "../shared/data/multinews/val.jsonl.gz",
            description = "clusters as JSON Lines with id, documents, summary (default ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--docs", description = "DUC style: folder of document-set folders (use with --refs)")
    Path docs;

    @Option(names = "--refs", description = "DUC style: folder of reference summaries named <set>.*")
    Path refs;

    @Option(names = "--words", defaultValue = "250", description = "word budget and ROUGE -l (default ${DEFAULT-VALUE})")
    int words;

    @Option(names = "--limit", defaultValue = "0", description = "at most this many clusters, 0 = all")
    int limit;

    @Option(names = "--every", defaultValue = "1",
            description = "keep clusters whose 1-based line number is divisible by this; 11 gives the 511"
                    + " calibration clusters of Multi-News validation (default ${DEFAULT-VALUE})")
    int every;

    @Option(names = "--threads", defaultValue = "2", description = "worker threads (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--systems", split = ",", defaultValue = "concord,lead,lexrank,textrank,centroid",
            description = "systems to run (default ${DEFAULT-VALUE})")
    List<String> systems;

    @Option(names = "--no-oracle", description = "skip the greedy extractive oracle")
    boolean noOracle;

    @Option(names = "--model", description = "sentence model file for concord, or 'none' (default: bundled)")
    String model;

    @Option(names = "--rouge-data", description = "ROUGE-1.5.5 data folder with the WordNet *.exc lists"
            + " (default: " + RougeData.DEFAULT_DIR + " when present, else Porter only)")
    Path rougeData;

    @Option(names = "--json", defaultValue = "bench-results/summarize.json",
            description = "where to write the JSON result (default ${DEFAULT-VALUE})")
    Path json;

    @Override
    public Integer call() throws Exception {
        try {
            for (String s : systems) {
                if (!Methods.isKnown(s)) {
                    throw new IllegalArgumentException("unknown system '" + s + "'; known: " + Methods.NAMES + " and " + Methods.SELECTIONS);
                }
            }
            List<Cluster> clusters;
            String source;
            if (docs != null || refs != null) {
                if (docs == null || refs == null) {
                    throw new IllegalArgumentException("--docs and --refs go together");
                }
                clusters = ClusterReader.readDuc(docs, refs);
                if (limit > 0 && clusters.size() > limit) {
                    clusters = clusters.subList(0, limit);
                }
                source = docs + " + " + refs;
            } else {
                clusters = ClusterReader.readJsonl(data, every, limit);
                source = data + (every > 1 ? " (every " + every + "th)" : "");
            }
            RougeData rd = rougeData != null ? RougeData.load(rougeData) : RougeData.defaults();
            System.err.printf("%d clusters; ROUGE word lists: %s%n", clusters.size(), rd.source());
            SummarizeBenchmark.Result r = SummarizeBenchmark.run(source, clusters,
                    new SummarizeBenchmark.Settings(words, threads, systems, !noOracle, model), new Rouge(rd), System.err);
            SummarizeBenchmark.print(r, System.out);
            SummarizeBenchmark.writeJson(r, json);
            System.out.println("JSON: " + json);
            return 0;
        } catch (java.io.IOException | IllegalArgumentException | java.io.UncheckedIOException e) {
            System.err.println("concord bench summarize: " + e.getMessage());
            return 2;
        }
    }
}
