package io.concord.summary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sentences of one cluster of documents with what is needed to compare them: content-term
 * frequencies, bigrams, a within-cluster inverse document frequency (sentences as documents) and
 * tf-idf cosine similarity. Immutable once built; pairwise similarities are computed on demand and cached.
 */
public final class ClusterText {
    /** One sentence of the cluster. {@code doc} indexes the input documents, {@code position} is 0-based. */
    public record Unit(int doc, String docId, int position, int docSentences, String text, int words,
                       Map<String, Integer> tf, Set<String> bigrams) {
    }

    private final List<SourceDocument> documents;
    private final List<Unit> units;
    private final Map<String, Double> idf;
    private final List<Map<String, Double>> vectors;
    private final double[] norms;
    private final double[][] cosineCache;

    private ClusterText(List<SourceDocument> documents, List<Unit> units) {
        this.documents = List.copyOf(documents);
        this.units = List.copyOf(units);
        Map<String, Integer> df = new HashMap<>();
        for (Unit u : units) {
            for (String t : u.tf().keySet()) {
                df.merge(t, 1, Integer::sum);
            }
        }
        int n = Math.max(1, units.size());
        Map<String, Double> idfMap = new HashMap<>();
        df.forEach((t, d) -> idfMap.put(t, Math.log(1.0 + (double) n / d)));
        this.idf = Collections.unmodifiableMap(idfMap);
        this.vectors = new ArrayList<>(units.size());
        this.norms = new double[units.size()];
        for (int i = 0; i < units.size(); i++) {
            Map<String, Double> v = weigh(units.get(i).tf());
            vectors.add(v);
            norms[i] = norm(v);
        }
        this.cosineCache = new double[units.size()][];
    }

    /** Profiles every sentence of {@code documents}; empty sentences are skipped. */
    public static ClusterText of(List<SourceDocument> documents) {
        List<Unit> units = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            SourceDocument doc = documents.get(d);
            List<String> sentences = doc.sentences();
            for (int p = 0; p < sentences.size(); p++) {
                String s = sentences.get(p);
                if (s == null || s.isBlank()) {
                    continue;
                }
                Map<String, Integer> tf = new HashMap<>();
                for (String t : Terms.contentStems(s)) {
                    tf.merge(t, 1, Integer::sum);
                }
                List<String> stems = Terms.allStems(s);
                Set<String> bigrams = new HashSet<>();
                for (int k = 0; k + 1 < stems.size(); k++) {
                    bigrams.add(stems.get(k) + ' ' + stems.get(k + 1));
                }
                units.add(new Unit(d, doc.id(), p, sentences.size(), s.strip(), Terms.countWords(s),
                        Map.copyOf(tf), Set.copyOf(bigrams)));
            }
        }
        return new ClusterText(documents, units);
    }

    public List<SourceDocument> documents() {
        return documents;
    }

    public List<Unit> units() {
        return units;
    }

    public int size() {
        return units.size();
    }

    public Unit unit(int i) {
        return units.get(i);
    }

    /** Within-cluster idf of a stemmed term (sentences as documents); unknown terms get the maximum. */
    public double idf(String term) {
        Double v = idf.get(term);
        return v != null ? v : Math.log(1.0 + Math.max(1, units.size()));
    }

    /** The tf-idf vector of sentence {@code i}. */
    public Map<String, Double> vector(int i) {
        return vectors.get(i);
    }

    /** Tf-idf weights of arbitrary text (a focus, a centroid candidate) in this cluster's idf space. */
    public Map<String, Double> vectorOf(String text) {
        Map<String, Integer> tf = new HashMap<>();
        for (String t : Terms.contentStems(text)) {
            tf.merge(t, 1, Integer::sum);
        }
        return weigh(tf);
    }

    /** Cosine of the tf-idf vectors of sentences {@code i} and {@code j}. */
    public double cosine(int i, int j) {
        if (i == j) {
            return norms[i] > 0 ? 1.0 : 0.0;
        }
        int a = Math.max(i, j);
        int b = Math.min(i, j);
        double[] row = cosineCache[a];
        if (row == null) {
            row = new double[a];
            java.util.Arrays.fill(row, Double.NaN);
            cosineCache[a] = row;
        }
        if (Double.isNaN(row[b])) {
            row[b] = cosine(vectors.get(a), norms[a], vectors.get(b), norms[b]);
        }
        return row[b];
    }

    /** Cosine of sentence {@code i} with an arbitrary weighted vector. */
    public double cosine(int i, Map<String, Double> other) {
        return cosine(vectors.get(i), norms[i], other, norm(other));
    }

    /** Share of the bigrams of the shorter sentence that the other one also has (0 when either has none). */
    public double bigramOverlap(int i, int j) {
        Set<String> a = units.get(i).bigrams();
        Set<String> b = units.get(j).bigrams();
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int common = 0;
        for (String g : small) {
            if (large.contains(g)) {
                common++;
            }
        }
        return (double) common / small.size();
    }

    private Map<String, Double> weigh(Map<String, Integer> tf) {
        Map<String, Double> v = new HashMap<>();
        tf.forEach((t, c) -> v.put(t, c * idf(t)));
        return v;
    }

    static double norm(Map<String, Double> v) {
        double s = 0;
        for (double x : v.values()) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    static double cosine(Map<String, Double> a, double na, Map<String, Double> b, double nb) {
        if (na == 0 || nb == 0) {
            return 0;
        }
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double o = large.get(e.getKey());
            if (o != null) {
                dot += e.getValue() * o;
            }
        }
        return dot / (na * nb);
    }
}
