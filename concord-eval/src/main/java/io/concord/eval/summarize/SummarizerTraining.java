package io.concord.eval.summarize;

import io.concord.embed.SentenceEmbedder;
import io.concord.eval.baseline.GreedyOracle;
import io.concord.summary.ClusterText;
import io.concord.summary.EmbeddingReranker;
import io.concord.summary.SentenceFeatures;
import io.concord.summary.SentenceModel;
import io.concord.summary.SourceDocument;
import io.concord.summary.SummarySentence;
import io.concord.summary.Terms;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Trains Concord's sentence scorer on clusters with reference summaries (Multi-News train): each
 * sentence's target is the share of its unigrams plus the share of its bigrams (stemmed, clipped counts)
 * found in the reference, that is how much each word it spends earns under a word budget.
 */
public final class SummarizerTraining {

    /** Column of the first-stage score in second-stage rows. */
    private static final int S1 = EmbeddingReranker.NAMES.indexOf("s1");

    /** Budget of the oracle summaries in the second stage's target. */
    private static final int ORACLE_WORDS = 250;
    /** Default weight of oracle membership in the second stage's target (measured on held-out clusters). */
    public static final double ORACLE_WEIGHT = 0.5;

    /** What a training run did. */
    public record Report(int clusters, int sentences, double seconds, Map<String, Double> importance) {
    }

    private SummarizerTraining() {
    }

    /** Trains on up to {@code limit} clusters of {@code data} (0 = all) and writes the model to {@code out}. */
    public static Report run(Path data, Path out, int limit, int threads, SentenceModel.Params params,
                             PrintStream log) throws IOException {
        long t0 = System.nanoTime();
        List<Cluster> clusters = ClusterReader.readJsonl(data, 1, limit);
        Rows rows = prepare(clusters, threads, SummarizerTraining::rows, log, t0);
        if (rows.y().length == 0) {
            throw new IOException(data + ": no clusters with documents and a reference summary");
        }
        log.printf("training on %d sentences from %d clusters...%n", rows.y().length, clusters.size());
        SentenceModel model = SentenceModel.train(rows.x(), rows.y(), params);
        model.save(out);
        return new Report(clusters.size(), rows.y().length, (System.nanoTime() - t0) / 1e9, model.importance());
    }

    /**
     * Trains the second stage ({@link EmbeddingReranker}) on up to {@code limit} clusters of {@code data} after
     * skipping the first {@code skip} (those the first stage was trained on, whose first-stage scores are
     * overfitted): for each, the {@code candidates} best sentences by {@code stage1} are embedded and get
     * second-stage feature rows. The target is the first stage's plus {@code oracleWeight} for a sentence the
     * greedy extractive oracle ({@link GreedyOracle}, 250 words) picks, and the model learns what the first
     * stage's score misses of it. Writes the model to {@code out}.
     */
    public static Report runSecondStage(Path data, Path out, int skip, int limit, int threads,
                                        SentenceModel.Params params, SentenceModel stage1, SentenceEmbedder embedder,
                                        int candidates, double oracleWeight, PrintStream log) throws IOException {
        long t0 = System.nanoTime();
        List<Cluster> all = ClusterReader.readJsonl(data, 1, limit > 0 ? skip + limit : 0);
        List<Cluster> clusters = all.size() > skip ? all.subList(skip, all.size()) : List.of();
        Rows rows = prepare(clusters, threads, c -> secondStageRows(c, stage1, embedder, candidates, oracleWeight),
                log, t0);
        if (rows.y().length == 0) {
            throw new IOException(data + ": no clusters with documents and a reference summary after the first "
                    + skip);
        }
        log.printf("training the second stage on %d candidates from %d clusters...%n", rows.y().length,
                clusters.size());
        SentenceModel model = SentenceModel.train(EmbeddingReranker.NAMES, rows.x(), rows.y(), params);
        model.save(out);
        return new Report(clusters.size(), rows.y().length, (System.nanoTime() - t0) / 1e9, model.importance());
    }

    /** Feature rows and their targets, all clusters together. */
    private record Rows(double[][] x, double[] y) {
    }

    /**
     * Rows of every cluster with a reference, prepared on {@code threads} threads by {@code rowsOf} (layout as in
     * {@link #rows(Cluster)}), in cluster order.
     */
    private static Rows prepare(List<Cluster> clusters, int threads, Function<Cluster, double[][][]> rowsOf,
                                PrintStream log, long t0) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        List<double[]> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        try {
            List<Future<double[][][]>> futures = new ArrayList<>();
            for (Cluster c : clusters) {
                if (!c.references().isEmpty()) {
                    futures.add(pool.submit(() -> rowsOf.apply(c)));
                }
            }
            int done = 0;
            for (Future<double[][][]> f : futures) {
                double[][][] r = f.get();
                for (int i = 0; i < r[0].length; i++) {
                    xs.add(r[0][i]);
                    ys.add(r[1][i][0]);
                }
                if (++done % 500 == 0) {
                    log.printf("prepared %d of %d clusters (%.0f s)%n", done, futures.size(),
                            (System.nanoTime() - t0) / 1e9);
                }
            }
        } catch (Exception e) {
            throw new IOException("training data preparation failed: " + e, e);
        } finally {
            pool.shutdownNow();
        }
        double[] y = new double[ys.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = ys.get(i);
        }
        return new Rows(xs.toArray(double[][]::new), y);
    }

    /** Second-stage rows and targets of one cluster's candidates (layout as in {@link #rows(Cluster)}). */
    static double[][][] secondStageRows(Cluster c, SentenceModel stage1, SentenceEmbedder embedder, int candidates,
                                        double oracleWeight) {
        List<SourceDocument> docs = ClusterSplitter.split(c.documents());
        ClusterText text = ClusterText.of(docs);
        if (text.size() == 0) {
            return new double[][][] {new double[0][], new double[0][]};
        }
        double[][] x1 = SentenceFeatures.of(text);
        EmbeddingReranker.Candidates cand = EmbeddingReranker.candidates(text, x1, stage1.predict(x1), candidates,
                embedder);
        String reference = String.join(" ", c.references());
        Set<String> oracle = new HashSet<>();
        if (oracleWeight != 0) {
            for (SummarySentence s : new GreedyOracle().summarize(docs, c.references(), ORACLE_WORDS)) {
                oracle.add(s.article() + '\n' + s.text().strip());
            }
        }
        double[][] y = new double[cand.index().length][1];
        for (int k = 0; k < y.length; k++) {
            ClusterText.Unit u = text.unit(cand.index()[k]);
            double inOracle = oracle.contains(u.docId() + '\n' + u.text()) ? 1 : 0;
            y[k][0] = target(u.text(), reference) + oracleWeight * inOracle - cand.rows()[k][S1];
        }
        return new double[][][] {cand.rows(), y};
    }

    /** Feature rows and targets of one cluster: {@code [0]} = rows, {@code [1][i][0]} = target of row i. */
    static double[][][] rows(Cluster c) {
        List<SourceDocument> docs = ClusterSplitter.split(c.documents());
        ClusterText text = ClusterText.of(docs);
        double[][] x = SentenceFeatures.of(text);
        double[][] y = new double[x.length][1];
        String reference = String.join(" ", c.references());
        for (int i = 0; i < x.length; i++) {
            y[i][0] = target(text.unit(i).text(), reference);
        }
        return new double[][][] {x, y};
    }

    /** Clipped unigram precision plus clipped bigram precision of {@code sentence} against {@code reference}. */
    public static double target(String sentence, String reference) {
        List<String> s = Terms.allStems(sentence);
        List<String> r = Terms.allStems(reference);
        return precision(ngrams(s, 1), ngrams(r, 1)) + precision(ngrams(s, 2), ngrams(r, 2));
    }

    private static Map<String, Integer> ngrams(List<String> t, int n) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i + n <= t.size(); i++) {
            m.merge(n == 1 ? t.get(i) : t.get(i) + ' ' + t.get(i + 1), 1, Integer::sum);
        }
        return m;
    }

    private static double precision(Map<String, Integer> peer, Map<String, Integer> ref) {
        int total = 0;
        int hit = 0;
        for (Map.Entry<String, Integer> e : peer.entrySet()) {
            total += e.getValue();
            hit += Math.min(e.getValue(), ref.getOrDefault(e.getKey(), 0));
        }
        return total == 0 ? 0 : (double) hit / total;
    }
}
