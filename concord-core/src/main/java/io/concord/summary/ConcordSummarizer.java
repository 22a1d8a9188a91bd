package io.concord.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Concord's multi-document extractive summarizer. Each sentence gets a relevance score from its position
 * in its article, how many other articles carry the same content (cross-document support), its
 * similarity to the cluster centroid, its centrality among the other sentences, its length, the numbers
 * and names it holds, and (when given) its match with a focus; with an {@link EmbeddingReranker}, the best
 * candidates are then re-scored with sentence embeddings; sentences are then chosen greedily with
 * maximal marginal relevance under the word budget (by default; see {@link Selection}), and a sentence that
 * repeats one already chosen is never taken. Every chosen sentence lists all articles that carry its content. Thread-safe.
 */
public final class ConcordSummarizer implements Summarizer {

    /**
     * Weights of the relevance features and of the redundancy penalty.
     *
     * @param position   weight of the early-position prior
     * @param support    weight of cross-document support
     * @param centroid   weight of similarity to the cluster centroid
     * @param centrality weight of mean similarity to the other sentences
     * @param info       weight of numbers and names
     * @param focus      weight of similarity to the focus (used only when a focus is given), relative to the
     *                   other features' total, which is scaled to [0, 1]
     * @param lambda     MMR redundancy penalty (0 = none)
     * @param redundant  cosine above which a candidate counts as a repeat of a chosen sentence
     * @param minWords   sentences shorter than this have their relevance cut to a fifth
     * @param concepts   MMR bonus for the weight of cluster bigrams (concepts) a candidate adds to the summary,
     *                   relative to the best relevance (0 = none; see {@link ConceptSelector})
     */
    public record Weights(double position, double support, double centroid, double centrality, double info,
                          double focus, double lambda, double redundant, int minWords, double concepts) {
        /** Tuned on Multi-News training clusters held out from the sentence model's training. */
        public static Weights defaults() {
            return new Weights(1.0, 0.5, 0.6, 0.3, 0.1, 1.0, 1.2, 0.6, 4, 0.1);
        }
    }

    /** Lin and Bilmes' settings: saturation 0.1 of a sentence's whole-cluster coverage, cost exponent 0.3. */
    private static final SubmodularSelector SUBMODULAR = new SubmodularSelector(0.1, 1.0, 0.3, 0.3);
    private static final ConceptSelector CONCEPTS = new ConceptSelector(1.0, 0.5);

    private final Weights weights;
    private final BudgetMode mode;
    private final SourceFinder sources;
    private final SentenceModel model;
    private final Selection selection;
    private final EmbeddingReranker reranker;

    /**
     * The summarizer for briefs: the bundled trained scorer when there is one (else the hand-weighted
     * features), default weights, whole sentences within the budget.
     */
    public ConcordSummarizer() {
        this(Weights.defaults(), BudgetMode.WHOLE_SENTENCES, Bundled.MODEL.orElse(null), Selection.MMR,
                Bundled.RERANKER.orElse(null));
    }

    /** The bundled models, loaded once per process. */
    private static final class Bundled {
        static final java.util.Optional<SentenceModel> MODEL = SentenceModel.loadBundled();
        static final java.util.Optional<EmbeddingReranker> RERANKER = EmbeddingReranker.loadBundled();
    }

    /**
     * The default summarizer with a given budget mode: the bundled scorer and, when sentence embeddings
     * load, the bundled second stage ({@link EmbeddingReranker}); MMR selection.
     */
    public static ConcordSummarizer withBundledModels(BudgetMode mode) {
        return new ConcordSummarizer(Weights.defaults(), mode, Bundled.MODEL.orElse(null), Selection.MMR,
                Bundled.RERANKER.orElse(null));
    }

    /** Hand-weighted features only (no trained scorer). */
    public ConcordSummarizer(Weights weights, BudgetMode mode) {
        this(weights, mode, null);
    }

    /**
     * @param model trained sentence scorer, or null to use the hand-weighted features
     */
    public ConcordSummarizer(Weights weights, BudgetMode mode, SentenceModel model) {
        this(weights, mode, model, Selection.MMR);
    }

    /**
     * @param model     trained sentence scorer, or null to use the hand-weighted features
     * @param selection how sentences are picked once scored
     */
    public ConcordSummarizer(Weights weights, BudgetMode mode, SentenceModel model, Selection selection) {
        this(weights, mode, model, selection, null);
    }

    /**
     * @param model     trained sentence scorer, or null to use the hand-weighted features
     * @param selection how sentences are picked once scored
     * @param reranker  second scoring stage with sentence embeddings (used only with a {@code model}), or null
     */
    public ConcordSummarizer(Weights weights, BudgetMode mode, SentenceModel model, Selection selection,
                             EmbeddingReranker reranker) {
        this.reranker = reranker;
        this.selection = selection;
        this.weights = weights;
        this.mode = mode;
        this.sources = new SourceFinder();
        this.model = model;
    }

    @Override
    public List<SummarySentence> summarize(List<SourceDocument> documents, int words, String focus) {
        if (documents == null || documents.isEmpty() || words <= 0) {
            return List.of();
        }
        ClusterText c = ClusterText.of(documents);
        if (c.size() == 0) {
            return List.of();
        }
        double[] relevance = relevance(c, focus);
        List<Integer> chosen = switch (selection) {
            case MMR -> select(c, relevance, words);
            case SUBMODULAR -> SUBMODULAR.select(c, relevance, words, mode);
            case CONCEPTS -> CONCEPTS.select(c, relevance, words, mode);
        };
        // reading order: position in its article, then article order; in FILL mode the sentence that ran
        // over the budget stays last, so that a cut at the budget trims the least relevant one
        Integer over = null;
        int total = chosen.stream().mapToInt(i -> c.unit(i).words()).sum();
        if (mode == BudgetMode.FILL && total > words && !chosen.isEmpty()) {
            over = chosen.remove(chosen.size() - 1);
        }
        chosen.sort(Comparator.<Integer>comparingInt(i -> c.unit(i).position()).thenComparingInt(i -> c.unit(i).doc()));
        if (over != null) {
            chosen.add(over);
        }
        List<SummarySentence> out = new ArrayList<>(chosen.size());
        for (int i : chosen) {
            out.add(sources.summarySentence(c, i));
        }
        return out;
    }

    /**
     * Relevance of every sentence: the trained scorer's prediction when there is one (else the
     * hand-weighted features), scaled to [0, 1] within the cluster, plus the focus term.
     */
    double[] relevance(ClusterText c, String focus) {
        double[] r;
        if (model == null) {
            r = handWeighted(c);
        } else {
            double[][] x = SentenceFeatures.of(c);
            r = model.predict(x);
            if (reranker != null) {
                r = reranker.rescore(c, x, r);
            }
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : r) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double span = max - min;
        for (int i = 0; i < r.length; i++) {
            r[i] = span > 0 ? (r[i] - min) / span : 1.0;
            if (c.unit(i).words() < weights.minWords()) {
                r[i] *= 0.2;
            }
        }
        if (focus != null && !focus.isBlank()) {
            Map<String, Double> fv = c.vectorOf(focus);
            double[] fs = new double[r.length];
            for (int i = 0; i < r.length; i++) {
                fs[i] = c.cosine(i, fv);
            }
            scale(fs);
            for (int i = 0; i < r.length; i++) {
                r[i] += weights.focus() * fs[i];
            }
        }
        return r;
    }

    /** Hand-weighted relevance, each feature scaled to [0, 1] within the cluster. */
    double[] handWeighted(ClusterText c) {
        int n = c.size();
        int docs = c.documents().size();
        double[] position = new double[n];
        double[] support = new double[n];
        double[] centroid = new double[n];
        double[] centrality = new double[n];
        double[] info = new double[n];

        Map<String, Double> centroidVector = new HashMap<>();
        for (int i = 0; i < n; i++) {
            c.vector(i).forEach((t, w) -> centroidVector.merge(t, w, Double::sum));
        }
        int[] docOf = new int[n];
        for (int i = 0; i < n; i++) {
            docOf[i] = c.unit(i).doc();
        }
        for (int i = 0; i < n; i++) {
            ClusterText.Unit u = c.unit(i);
            position[i] = 1.0 / Math.sqrt(1.0 + u.position());
            double[] bestPerDoc = new double[docs];
            double sum = 0;
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                double s = c.cosine(i, j);
                sum += s;
                if (docOf[j] != u.doc() && s > bestPerDoc[docOf[j]]) {
                    bestPerDoc[docOf[j]] = s;
                }
            }
            centrality[i] = n > 1 ? sum / (n - 1) : 0;
            double sup = 0;
            for (int d = 0; d < docs; d++) {
                sup += bestPerDoc[d];
            }
            support[i] = docs > 1 ? sup / (docs - 1) : 0;
            centroid[i] = c.cosine(i, centroidVector);
            info[i] = informative(u.text());
        }
        scale(centrality);
        scale(support);
        scale(centroid);
        Weights w = weights;
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            int len = c.unit(i).words();
            double lengthFactor = Math.min(1.0, 0.6 + len / 40.0);
            if (len > 80) {
                lengthFactor *= 0.7;
            }
            r[i] = lengthFactor * (w.position() * position[i] + w.support() * support[i]
                    + w.centroid() * centroid[i] + w.centrality() * centrality[i] + w.info() * info[i]);
        }
        return r;
    }

    /**
     * Greedy MMR under the budget, with a bonus for the cluster concepts a candidate adds; repeats of chosen
     * content are skipped.
     */
    List<Integer> select(ClusterText c, double[] relevance, int budget) {
        int n = c.size();
        boolean[] used = new boolean[n];
        double[] maxSim = new double[n];
        List<Integer> chosen = new ArrayList<>();
        int total = 0;
        double maxRel = 0;
        for (double r : relevance) {
            maxRel = Math.max(maxRel, r);
        }
        double lambda = weights.lambda() * (maxRel > 0 ? maxRel : 1);
        double mu = weights.concepts() * (maxRel > 0 ? maxRel : 1);
        ConceptSelector.Concepts concepts = mu > 0 ? ConceptSelector.Concepts.of(c) : null;
        Set<String> covered = new HashSet<>();
        while (total < budget) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (used[i] || !mode.admits(total, c.unit(i).words(), budget)) {
                    continue;
                }
                if (maxSim[i] >= weights.redundant()) {
                    continue;
                }
                double s = relevance[i] - lambda * maxSim[i] + (concepts != null ? mu * concepts.gain(i, covered) : 0);
                if (s > bestScore) {
                    bestScore = s;
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            used[best] = true;
            chosen.add(best);
            total += c.unit(best).words();
            if (concepts != null) {
                concepts.cover(best, covered);
            }
            for (int i = 0; i < n; i++) {
                if (!used[i]) {
                    double s = Math.max(c.cosine(i, best), sources.same(c, i, best) ? 1.0 : 0.0);
                    maxSim[i] = Math.max(maxSim[i], s);
                }
            }
        }
        return chosen;
    }

    /** Share of tokens that are numbers or capitalised words inside the sentence, capped at 1. */
    static double informative(String text) {
        String[] toks = text.strip().split("\\s+");
        if (toks.length == 0) {
            return 0;
        }
        int hits = 0;
        for (int k = 0; k < toks.length; k++) {
            String t = toks[k];
            if (t.isEmpty()) {
                continue;
            }
            char ch = t.charAt(0);
            if (Character.isDigit(ch) || (k > 0 && Character.isUpperCase(ch))) {
                hits++;
            }
        }
        return Math.min(1.0, 4.0 * hits / toks.length);
    }

    private static void scale(double[] v) {
        double max = 0;
        for (double x : v) {
            max = Math.max(max, x);
        }
        if (max > 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] /= max;
            }
        }
    }
}
