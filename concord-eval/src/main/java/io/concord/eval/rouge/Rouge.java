package io.concord.eval.rouge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ROUGE (Lin 2004) as computed by ROUGE-1.5.5, the Perl script every summarization paper reports:
 * ROUGE-N (clipped n-gram co-occurrence), ROUGE-L (summary-level union longest common subsequence,
 * clipped by unigram counts) and ROUGE-SU (skip bigrams with at most {@code skipDistance} words in
 * between, plus unigrams), with recall, precision and F for one peer summary against one or more
 * model (reference) summaries.
 *
 * <p>Text handling follows the script exactly; see {@link RougeText} and {@code docs/rouge.md}: one
 * sentence a line, ASCII lower-casing, length limits applied to peer and models before clean-up,
 * tokens are runs of [a-z0-9], optional stopword removal and stemming (WordNet exceptions, then the
 * script's Porter variant, only for tokens longer than three characters).
 *
 * <p>Scoring follows the script too. With {@code -f A} the hits and counts of all models are pooled
 * (R = sum of hits / sum of model counts, P = sum of hits / (number of models x peer count)); with
 * {@code -f B} only the model with the best (rounded) recall counts, the first one on ties. Recall and
 * precision are rounded to five decimals and F is computed from the rounded values, as the script
 * does, so that averages over a set match its output digit for digit.
 *
 * <p>Instances are thread-safe; stems are cached.
 */
public final class Rouge {
    private final RougeData data;
    private final Map<String, String> stemCache = new ConcurrentHashMap<>();

    public Rouge(RougeData data) {
        this.data = Objects.requireNonNull(data, "data");
    }

    /** With the word lists of {@link RougeData#defaults()} (Porter only when they are absent). */
    public static Rouge withDefaultData() {
        return new Rouge(RougeData.defaults());
    }

    public RougeData data() {
        return data;
    }

    /**
     * Scores one peer summary against its models.
     *
     * @param peer   the system summary, one sentence a line
     * @param models the reference summaries, one sentence a line; at least one
     * @throws IllegalArgumentException when there is no model
     * @throws IllegalStateException    when stopword removal is asked for but no stopword list is loaded
     */
    public RougeScores score(String peer, List<String> models, RougeOptions o) {
        return score(peer, prepare(models, o));
    }

    /**
     * Tokenises and counts the models once, for scoring many peers against the same references (an
     * extractive oracle, several systems on one cluster). Same checks as {@link #score(String, List,
     * RougeOptions)}.
     */
    public Models prepare(List<String> models, RougeOptions o) {
        Objects.requireNonNull(o, "options");
        if (models == null || models.isEmpty()) {
            throw new IllegalArgumentException("ROUGE needs at least one model (reference) summary");
        }
        if (o.removeStopwords() && !data.hasStopwords()) {
            throw new IllegalStateException("stopword removal (-s) needs " + RougeData.STOPWORDS_FILE
                    + "; load RougeData from a ROUGE data directory (data: " + data.source() + ")");
        }
        List<Counted> counted = new ArrayList<>(models.size());
        for (String model : models) {
            counted.add(count(units(Objects.requireNonNull(model, "model"), o), o));
        }
        return new Models(this, o, List.copyOf(counted));
    }

    /** Scores a peer against models prepared by {@link #prepare} (of this instance). */
    public RougeScores score(String peer, Models models) {
        Objects.requireNonNull(peer, "peer");
        if (models.rouge != this) {
            throw new IllegalArgumentException("models were prepared by another Rouge instance (other word lists)");
        }
        RougeOptions o = models.options;
        Counted p = count(units(peer, o), o);
        Map<String, Prf> scores = new LinkedHashMap<>();
        for (int n = 1; n <= o.maxN(); n++) {
            final int i = n - 1;
            scores.put("ROUGE-" + n, gramScore(p.ngrams.get(i), models.counted, c -> c.ngrams.get(i), o));
        }
        if (o.computeL()) {
            scores.put("ROUGE-L", lcsScore(p, models.counted, o));
        }
        if (o.computeSU4()) {
            scores.put(o.skipBigramMetric(), gramScore(p.skipBigrams, models.counted, c -> c.skipBigrams, o));
        }
        return new RougeScores(scores);
    }

    /** Model summaries tokenised and counted under fixed options; immutable, reusable across threads. */
    public static final class Models {
        private final Rouge rouge;
        private final RougeOptions options;
        private final List<Counted> counted;

        private Models(Rouge rouge, RougeOptions options, List<Counted> counted) {
            this.rouge = rouge;
            this.options = options;
            this.counted = counted;
        }

        public RougeOptions options() {
            return options;
        }

        public int size() {
            return counted.size();
        }
    }

    /** One summary's units and the gram counts the options ask for. */
    private record Counted(RougeText.Units units, Grams unigrams, List<Grams> ngrams, Grams skipBigrams) {
    }

    private RougeText.Units units(String text, RougeOptions o) {
        return RougeText.units(text, o.lengthLimitWords(), o.lengthLimitBytes(), token -> filter(token, o));
    }

    private static Counted count(RougeText.Units u, RougeOptions o) {
        List<Grams> ngrams = new ArrayList<>(o.maxN());
        for (int n = 1; n <= o.maxN(); n++) {
            ngrams.add(ngrams(u.tokens(), n));
        }
        Grams unigrams = o.maxN() >= 1 ? ngrams.get(0) : ngrams(u.tokens(), 1);
        Grams skip = o.computeSU4() ? skipBigrams(u.tokens(), o.skipDistance()) : null;
        return new Counted(u, unigrams, List.copyOf(ngrams), skip);
    }

    private String filter(String token, RougeOptions o) {
        if (o.removeStopwords() && data.stopwords().contains(token)) {
            return null;
        }
        if (o.stem() && token.length() > 3) {
            return stemCache.computeIfAbsent(token, t -> {
                String base = data.exceptions().get(t);
                return base != null ? base : PorterStemmer.stem(t);
            });
        }
        return token;
    }

    /** A multiset of grams and the number of grams counted (ROUGE-1.5.5's "_cn_"). */
    record Grams(Map<String, Integer> counts, int total) {
        int hits(Grams peer) {
            int hit = 0;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                Integer p = peer.counts.get(e.getKey());
                if (p != null) {
                    hit += Math.min(p, e.getValue());
                }
            }
            return hit;
        }
    }

    private interface GramPicker {
        Grams pick(Counted counted);
    }

    static Grams ngrams(List<String> tokens, int n) {
        Map<String, Integer> counts = new HashMap<>();
        int total = 0;
        for (int i = 0; i + n <= tokens.size(); i++) {
            String gram = n == 1 ? tokens.get(i) : String.join(" ", tokens.subList(i, i + n));
            counts.merge(gram, 1, Integer::sum);
            total++;
        }
        return new Grams(counts, total);
    }

    /**
     * Skip bigrams with unigrams, as ROUGE-1.5.5's createSkipBigram with -u: for every token but the
     * last, its unigram and its pairs with the next skipDistance + 1 tokens (all following tokens when
     * skipDistance is negative). The script never counts the last token's unigram; neither does this.
     */
    static Grams skipBigrams(List<String> tokens, int skipDistance) {
        Map<String, Integer> counts = new HashMap<>();
        int total = 0;
        int last = tokens.size() - 1;
        for (int i = 0; i < last; i++) {
            counts.merge(tokens.get(i), 1, Integer::sum);
            total++;
            int end = skipDistance < 0 ? last : Math.min(last, i + skipDistance + 1);
            for (int j = i + 1; j <= end; j++) {
                counts.merge(tokens.get(i) + " " + tokens.get(j), 1, Integer::sum);
                total++;
            }
        }
        return new Grams(counts, total);
    }

    private static Prf gramScore(Grams peer, List<Counted> models, GramPicker picker, RougeOptions o) {
        long hit = 0;
        long modelCount = 0;
        long peerCount = 0;
        double best = -1;
        for (Counted m : models) {
            Grams model = picker.pick(m);
            int h = model.hits(peer);
            if (o.modelAverage()) {
                hit += h;
                modelCount += model.total();
                peerCount += peer.total();
            } else {
                double score = model.total() != 0 ? round5((double) h / model.total()) : 0;
                if (score > best) {
                    best = score;
                    hit = h;
                    modelCount = model.total();
                    peerCount = peer.total();
                }
            }
        }
        return prf(hit, modelCount, hit, peerCount, o.alpha());
    }

    private static Prf lcsScore(Counted peer, List<Counted> models, RougeOptions o) {
        Grams peer1 = peer.unigrams();
        long hit = 0;
        long base = 0;
        long peerCount = 0;
        double best = -1;
        Map<String, Integer> ids = new HashMap<>();
        List<int[]> peerSentences = new ArrayList<>(peer.units().sentences().size());
        for (List<String> sentence : peer.units().sentences()) {
            peerSentences.add(ids(sentence, ids));
        }
        for (Counted m : models) {
            Map<String, Integer> peerLeft = new HashMap<>(peer1.counts());
            Map<String, Integer> modelLeft = new HashMap<>(m.unigrams().counts());
            int h = 0;
            int b = 0;
            for (List<String> modelSentence : m.units().sentences()) {
                b += modelSentence.size();
                boolean[] hitMask = UnionLcs.mask(ids(modelSentence, ids), peerSentences);
                for (int j = 0; j < modelSentence.size(); j++) {
                    if (!hitMask[j]) {
                        continue;
                    }
                    String token = modelSentence.get(j);
                    // clip: a token takes part in at most as many LCS hits as it occurs in each summary
                    if (modelLeft.getOrDefault(token, 0) > 0 && peerLeft.getOrDefault(token, 0) > 0) {
                        h++;
                        modelLeft.merge(token, -1, Integer::sum);
                        peerLeft.merge(token, -1, Integer::sum);
                    }
                }
            }
            if (o.modelAverage()) {
                hit += h;
                base += b;
                peerCount += peer1.total();
            } else {
                double score = b > 0 ? (double) h / b : 0;
                if (score > best) {
                    best = score;
                    hit = h;
                    base = b;
                    peerCount = peer1.total();
                }
            }
        }
        return prf(hit, base, hit, peerCount, o.alpha());
    }

    /** The tokens as ids, equal tokens getting equal ids (new tokens are added to {@code ids}). */
    private static int[] ids(List<String> tokens, Map<String, Integer> ids) {
        int[] out = new int[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ids.computeIfAbsent(tokens.get(i), t -> ids.size());
        }
        return out;
    }

    private static Prf prf(long hitR, long modelCount, long hitP, long peerCount, double alpha) {
        double r = modelCount != 0 ? round5((double) hitR / modelCount) : 0;
        double p = peerCount != 0 ? round5((double) hitP / peerCount) : 0;
        double denominator = (1 - alpha) * p + alpha * r;
        double f = denominator > 0 ? round5(p * r / denominator) : 0;
        return new Prf(r, p, f);
    }

    /** Perl's {@code sprintf("%7.5f", x)} read back as a number: exact value, ties to even. */
    static double round5(double x) {
        return new BigDecimal(x).setScale(5, RoundingMode.HALF_EVEN).doubleValue();
    }
}
