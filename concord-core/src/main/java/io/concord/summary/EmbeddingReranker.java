package io.concord.summary;

import io.concord.embed.MiniLmEmbedder;
import io.concord.embed.SentenceEmbedder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Second scoring stage of {@link ConcordSummarizer}: the best {@code candidates} sentences by the first
 * stage's score are embedded with a {@link SentenceEmbedder} (embedding every sentence of a cluster would
 * be too slow), and a second boosted-tree model corrects their scores (it predicts what the first stage's
 * score missed, and its prediction is added to it) from the first stage's features and score plus semantic
 * evidence: similarity to the candidates' centroid, and how closely the candidates of
 * <em>other</em> articles say the same thing (cross-document support that survives paraphrase). The
 * other sentences keep their first-stage order below the candidates. Thread-safe.
 */
public final class EmbeddingReranker {
    /** Classpath location of the second-stage model shipped with Concord. */
    public static final String RESOURCE = "/io/concord/summary/rerank-model.bin.gz";
    /** Candidates re-scored per cluster by default. */
    public static final int DEFAULT_CANDIDATES = 20;
    /** Features of the second stage that are not first-stage features, in vector order. */
    public static final List<String> EXTRA = List.of(
            "s1", "s1Scaled", "s1Rank", "s1Gap", "embCentroid", "embWeightedCentroid", "embCentrality",
            "embSupport", "embSupportMax", "embSupportCount", "embAbove", "embTop");
    /** All second-stage feature names: the first stage's, then {@link #EXTRA}. */
    public static final List<String> NAMES = concat(SentenceFeatures.NAMES, EXTRA);

    /** The candidates of one cluster: sentence indexes (best first) and their second-stage feature rows. */
    public record Candidates(int[] index, double[][] rows) {
    }

    private final SentenceModel model;
    private final SentenceEmbedder embedder;
    private final int candidates;

    /**
     * @param model      second-stage model over {@link #NAMES}, predicting the correction of the first stage's score
     * @param embedder   sentence embeddings
     * @param candidates how many first-stage leaders are re-scored (at least 2)
     */
    public EmbeddingReranker(SentenceModel model, SentenceEmbedder embedder, int candidates) {
        if (candidates < 2) {
            throw new IllegalArgumentException("need at least 2 candidates, got " + candidates);
        }
        this.model = model;
        this.embedder = embedder;
        this.candidates = candidates;
    }

    /**
     * The bundled second-stage model with the shared MiniLM embedder; empty (with a warning on stderr) when
     * either cannot be loaded. Call once and share the result.
     */
    public static Optional<EmbeddingReranker> loadBundled() {
        Optional<SentenceModel> m = SentenceModel.loadBundled(RESOURCE, NAMES);
        if (m.isEmpty()) {
            return Optional.empty();
        }
        return MiniLmEmbedder.shared().map(e -> new EmbeddingReranker(m.get(), e, DEFAULT_CANDIDATES));
    }

    /**
     * New raw scores for the sentences of {@code c}: the first stage's plus the second stage's correction for
     * the candidates, the first
     * stage's {@code s1} (shifted below every candidate) for the rest.
     *
     * @param x1 first-stage feature rows ({@link SentenceFeatures#of(ClusterText)})
     * @param s1 first-stage scores
     */
    public double[] rescore(ClusterText c, double[][] x1, double[] s1) {
        double[] out = s1.clone();
        if (c.size() < 2) {
            return out;
        }
        Candidates cand = candidates(c, x1, s1, candidates, embedder);
        double[] s2 = model.predict(cand.rows());
        boolean[] isCand = new boolean[s1.length];
        double minCand = Double.POSITIVE_INFINITY;
        for (int k = 0; k < cand.index().length; k++) {
            int i = cand.index()[k];
            isCand[i] = true;
            out[i] = s1[i] + s2[k];
            minCand = Math.min(minCand, out[i]);
        }
        double maxRest = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < s1.length; i++) {
            if (!isCand[i]) {
                maxRest = Math.max(maxRest, s1[i]);
            }
        }
        if (maxRest > Double.NEGATIVE_INFINITY && maxRest >= minCand) {
            double shift = maxRest - minCand + 1e-3;
            for (int i = 0; i < s1.length; i++) {
                if (!isCand[i]) {
                    out[i] = s1[i] - shift;
                }
            }
        }
        return out;
    }

    /**
     * The {@code k} best sentences by {@code s1} (ties by index) and their second-stage feature rows
     * (columns {@link #NAMES}); shared by scoring and training.
     */
    public static Candidates candidates(ClusterText c, double[][] x1, double[] s1, int k, SentenceEmbedder embedder) {
        int n = c.size();
        int[] idx = IntStream.range(0, n).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -s1[i]).thenComparingInt(i -> i))
                .limit(Math.min(k, n)).mapToInt(Integer::intValue).toArray();
        int m = idx.length;
        List<String> texts = new ArrayList<>(m);
        for (int i : idx) {
            texts.add(c.unit(i).text());
        }
        float[][] e = embedder.embed(texts);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : s1) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double span = max - min;
        int dim = embedder.dimension();
        float[] centroid = new float[dim];
        float[] weighted = new float[dim];
        for (int a = 0; a < m; a++) {
            float w = (float) (span > 0 ? (s1[idx[a]] - min) / span : 1.0);
            for (int d = 0; d < dim; d++) {
                centroid[d] += e[a][d];
                weighted[d] += w * e[a][d];
            }
        }
        double[][] sim = new double[m][m];
        for (int a = 0; a < m; a++) {
            for (int b = a + 1; b < m; b++) {
                sim[a][b] = sim[b][a] = SentenceEmbedder.cosine(e[a], e[b]);
            }
        }
        int docs = c.documents().size();
        int f = SentenceFeatures.NAMES.size();
        double[][] rows = new double[m][NAMES.size()];
        for (int a = 0; a < m; a++) {
            int i = idx[a];
            double[] row = rows[a];
            System.arraycopy(x1[i], 0, row, 0, f);
            row[f] = s1[i];
            row[f + 1] = span > 0 ? (s1[i] - min) / span : 1.0;
            row[f + 2] = a;
            row[f + 3] = s1[idx[0]] - s1[i];
            row[f + 4] = SentenceEmbedder.cosine(e[a], centroid);
            row[f + 5] = SentenceEmbedder.cosine(e[a], weighted);
            double[] bestPerDoc = new double[docs];
            double sum = 0;
            double above = 0;
            double bestOther = 0;
            int myDoc = c.unit(i).doc();
            for (int b = 0; b < m; b++) {
                if (b == a) {
                    continue;
                }
                sum += sim[a][b];
                if (b < a) {
                    above = Math.max(above, sim[a][b]);
                }
                int d = c.unit(idx[b]).doc();
                if (d != myDoc) {
                    bestPerDoc[d] = Math.max(bestPerDoc[d], sim[a][b]);
                    bestOther = Math.max(bestOther, sim[a][b]);
                }
            }
            double support = 0;
            int count = 0;
            for (int d = 0; d < docs; d++) {
                support += bestPerDoc[d];
                if (bestPerDoc[d] >= 0.6) {
                    count++;
                }
            }
            row[f + 6] = m > 1 ? sum / (m - 1) : 0;
            row[f + 7] = docs > 1 ? support / (docs - 1) : 0;
            row[f + 8] = bestOther;
            row[f + 9] = docs > 1 ? (double) count / (docs - 1) : 0;
            row[f + 10] = above;
            row[f + 11] = a == 0 ? 1.0 : sim[a][0];
        }
        return new Candidates(idx, rows);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }

}
