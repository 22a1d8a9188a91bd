package io.concord.eval.summarize;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.concord.eval.baseline.GreedyOracle;
import io.concord.eval.rouge.Rouge;
import io.concord.eval.rouge.RougeOptions;
import io.concord.eval.rouge.RougeScores;
import io.concord.summary.BudgetMode;
import io.concord.summary.SourceDocument;
import io.concord.summary.Summarizer;
import io.concord.summary.SummarySentence;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Multi-document summarization benchmark: Concord's summarizer and the baselines (Lead round-robin,
 * LexRank, TextRank, Centroid) plus the greedy extractive oracle on the same clusters, every summary
 * cut at the same word budget, scored with ROUGE-1/2/L F (Porter stemming, stopwords kept, model
 * average, as ROUGE-1.5.5 {@code -n 2 -m -l W -f A -p 0.5}). Peer and reference summaries are given to
 * ROUGE one sentence a line (references split with the same CoreNLP splitter), which is what ROUGE-L's
 * summary-level LCS needs. Sentences are split once per cluster and shared by all systems; each
 * system's time is measured separately. The oracle is the greedy one of {@link GreedyOracle}.
 */
public final class SummarizeBenchmark {
    /** The oracle's name in results. */
    public static final String ORACLE = "oracle";

    /** Benchmark settings. {@code model}: see {@link Methods#create(String, BudgetMode, String)}. */
    public record Settings(int words, int threads, List<String> systems, boolean oracle, String model) {
    }

    /** One system's averages over the clusters: ROUGE F in percent, seconds of work, clusters per second. */
    public record SystemResult(String system, double rouge1, double rouge2, double rougeL, double seconds,
                               double clustersPerSecond, double averageWords) {
    }

    /** A whole run. */
    public record Result(String data, int clusters, int words, int threads, double splitSeconds,
                         double wallSeconds, List<SystemResult> systems) {
    }

    private record ClusterScores(double[][] prf, long[] nanos, int[] words, long splitNanos) {
    }

    private SummarizeBenchmark() {
    }

    /** Runs every system on every cluster with references; {@code data} names the input in the result. */
    public static Result run(String data, List<Cluster> clusters, Settings s, Rouge rouge, PrintStream log)
            throws IOException {
        RougeOptions options = RougeOptions.builder().maxN(2).stem(true).lengthLimitWords(s.words())
                .alpha(0.5).modelAverage(true).computeL(true).computeSU4(false).build();
        List<String> names = new ArrayList<>(s.systems());
        List<Summarizer> systems = new ArrayList<>();
        for (String name : s.systems()) {
            try {
                systems.add(Methods.create(name, BudgetMode.FILL, s.model()));
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
        }
        GreedyOracle oracle = s.oracle() ? new GreedyOracle() : null;
        if (oracle != null) {
            names.add(ORACLE);
        }
        List<Cluster> usable = clusters.stream().filter(c -> !c.references().isEmpty()).toList();
        int k = names.size();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, s.threads()));
        double[][] sums = new double[k][3];
        long[] nanos = new long[k];
        long[] words = new long[k];
        long splitNanos = 0;
        try {
            List<Future<ClusterScores>> futures = new ArrayList<>();
            for (Cluster c : usable) {
                futures.add(pool.submit(() -> scoreCluster(c, systems, oracle, s.words(), rouge, options)));
            }
            int done = 0;
            for (Future<ClusterScores> f : futures) {
                ClusterScores cs = f.get();
                for (int i = 0; i < k; i++) {
                    for (int m = 0; m < 3; m++) {
                        sums[i][m] += cs.prf()[i][m];
                    }
                    nanos[i] += cs.nanos()[i];
                    words[i] += cs.words()[i];
                }
                splitNanos += cs.splitNanos();
                done++;
                if (log != null && done % 500 == 0) {
                    log.printf("  %d/%d clusters (%.0f s)%n", done, usable.size(), (System.nanoTime() - t0) / 1e9);
                }
            }
        } catch (Exception e) {
            throw new IOException("summarization benchmark failed: " + e, e);
        } finally {
            pool.shutdownNow();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        int n = usable.size();
        List<SystemResult> results = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            double sec = nanos[i] / 1e9;
            // throughput of this system alone on the given threads, sentence splitting included
            double perCluster = n == 0 ? 0 : (sec + splitNanos / 1e9) / n;
            double cps = perCluster == 0 ? 0 : Math.max(1, s.threads()) / perCluster;
            results.add(new SystemResult(names.get(i), pct(sums[i][0], n), pct(sums[i][1], n), pct(sums[i][2], n),
                    sec, cps, n == 0 ? 0 : (double) words[i] / n));
        }
        return new Result(data, n, s.words(), s.threads(), splitNanos / 1e9, wall, results);
    }

    private static ClusterScores scoreCluster(Cluster c, List<Summarizer> systems, GreedyOracle oracle, int words,
                                              Rouge rouge, RougeOptions options) {
        long t = System.nanoTime();
        List<SourceDocument> docs = ClusterSplitter.split(c.documents());
        long split = System.nanoTime() - t;
        List<String> references = ClusterSplitter.split(c.references()).stream()
                .map(d -> String.join("\n", d.sentences())).toList();
        int k = systems.size() + (oracle != null ? 1 : 0);
        double[][] prf = new double[k][3];
        long[] nanos = new long[k];
        int[] lengths = new int[k];
        for (int i = 0; i < k; i++) {
            long s0 = System.nanoTime();
            List<SummarySentence> summary = i < systems.size()
                    ? systems.get(i).summarize(docs, words, null)
                    : oracle.summarize(docs, references, words);
            nanos[i] = System.nanoTime() - s0;
            String peer = String.join("\n", summary.stream().map(SummarySentence::text).toList());
            lengths[i] = Math.min(words, peer.isBlank() ? 0 : peer.strip().split("\\s+").length);
            RougeScores r = rouge.score(peer, references, options);
            prf[i][0] = r.rougeN(1).f();
            prf[i][1] = r.rougeN(2).f();
            prf[i][2] = r.rougeL().f();
        }
        return new ClusterScores(prf, nanos, lengths, split);
    }

    private static double pct(double sum, int n) {
        return n == 0 ? 0 : 100.0 * sum / n;
    }

    /** The result as a table. */
    public static void print(Result r, PrintStream out) {
        out.printf(Locale.ROOT, "Multi-document summarization: %s, %d clusters, %d words, %d threads%n",
                r.data(), r.clusters(), r.words(), r.threads());
        out.printf(Locale.ROOT, "%-10s %8s %8s %8s %10s %10s %9s%n", "system", "ROUGE-1", "ROUGE-2", "ROUGE-L",
                "seconds", "clusters/s", "words");
        for (SystemResult s : r.systems()) {
            out.printf(Locale.ROOT, "%-10s %8.2f %8.2f %8.2f %10.1f %10.1f %9.1f%n", s.system(), s.rouge1(),
                    s.rouge2(), s.rougeL(), s.seconds(), s.clustersPerSecond(), s.averageWords());
        }
        out.printf(Locale.ROOT, "ROUGE F1 x100 (ROUGE-1.5.5 -n 2 -m -l %d -f A -p 0.5); seconds = summarizer time"
                + " summed over threads; clusters/s = throughput of that system alone on %d threads including"
                + " sentence splitting (%.1f s in all); wall time %.1f s%n", r.words(), r.threads(),
                r.splitSeconds(), r.wallSeconds());
    }

    /** Writes the result as JSON. */
    public static void writeJson(Result r, Path file) throws IOException {
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("benchmark", "summarize");
        root.put("data", r.data());
        root.put("clusters", r.clusters());
        root.put("words", r.words());
        root.put("threads", r.threads());
        root.put("rouge", "ROUGE-1.5.5 -n 2 -m -l " + r.words() + " -f A -p 0.5, F1 x100");
        root.put("splitSeconds", r.splitSeconds());
        root.put("wallSeconds", r.wallSeconds());
        root.put("systems", r.systems());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), root);
    }

}
