package io.concord.summary;

import java.util.ArrayList;
import java.util.List;

/**
 * Which documents carry the content of a sentence: its own, plus every other document that has a
 * sentence with high tf-idf similarity, a large share of shared bigrams, or most of its content terms.
 */
public final class SourceFinder {
    /** Default thresholds, set so that paraphrases and wire copies match and topical neighbours do not. */
    public static final double DEFAULT_COSINE = 0.5;
    public static final double DEFAULT_BIGRAMS = 0.5;

    private final double cosine;
    private final double bigrams;

    public SourceFinder() {
        this(DEFAULT_COSINE, DEFAULT_BIGRAMS);
    }

    public SourceFinder(double cosine, double bigrams) {
        this.cosine = cosine;
        this.bigrams = bigrams;
    }

    /** True when sentences {@code i} and {@code j} of the cluster report the same content. */
    public boolean same(ClusterText c, int i, int j) {
        return c.cosine(i, j) >= cosine || (c.bigramOverlap(i, j) >= bigrams
                && Math.min(c.unit(i).bigrams().size(), c.unit(j).bigrams().size()) >= 4)
                || termOverlap(c.unit(i).tf().keySet(), c.unit(j).tf().keySet());
    }

    /** Most content terms of the shorter sentence (at least five of them) recur in the other. */
    private static boolean termOverlap(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> small = a.size() <= b.size() ? a : b;
        java.util.Set<String> large = small == a ? b : a;
        if (small.size() < 5) {
            return false;
        }
        int shared = 0;
        for (String t : small) {
            if (large.contains(t)) {
                shared++;
            }
        }
        return shared >= 5 && shared >= 0.7 * small.size();
    }

    /** Ids of the documents carrying sentence {@code i}'s content, its own first, then in input order. */
    public List<String> sources(ClusterText c, int i) {
        ClusterText.Unit u = c.unit(i);
        boolean[] carries = new boolean[c.documents().size()];
        for (int j = 0; j < c.size(); j++) {
            int d = c.unit(j).doc();
            if (d != u.doc() && !carries[d] && same(c, i, j)) {
                carries[d] = true;
            }
        }
        List<String> out = new ArrayList<>();
        out.add(u.docId());
        for (int d = 0; d < carries.length; d++) {
            String id = c.documents().get(d).id();
            if (carries[d] && !out.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    /** A summary sentence for unit {@code i} with all its sources. */
    public SummarySentence summarySentence(ClusterText c, int i) {
        ClusterText.Unit u = c.unit(i);
        return new SummarySentence(u.text(), u.docId(), sources(c, i));
    }
}
