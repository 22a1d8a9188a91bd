package io.concord.summary;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The feature vector of every sentence of a cluster, shared by the hand-weighted and the trained scorer:
 * position, length, cross-document support, centroid similarity, centrality, names and numbers, and a
 * few surface cues. Values are raw (not scaled per cluster) unless the name says so.
 */
public final class SentenceFeatures {
    /** Feature names, in vector order (the trained model is bound to this order). */
    public static final List<String> NAMES = List.of(
            "position", "inversePosition", "relativePosition", "docIndex", "docCount", "words",
            "support", "supportCount", "bigramSupport", "centroid", "centroidScaled", "centrality",
            "centralityScaled", "info", "stopwordShare", "sharedTermShare", "meanIdf", "quote",
            "docWords", "docShare", "firstOverlap", "nonAlphaShare", "question", "digits");

    private SentenceFeatures() {
    }

    /** One row per sentence of {@code c}, columns as in {@link #NAMES}. */
    public static double[][] of(ClusterText c) {
        int n = c.size();
        int docs = c.documents().size();
        double[][] x = new double[n][NAMES.size()];
        if (n == 0) {
            return x;
        }
        Map<String, Double> centroidVector = new HashMap<>();
        for (int i = 0; i < n; i++) {
            c.vector(i).forEach((t, w) -> centroidVector.merge(t, w, Double::sum));
        }
        // documents each term occurs in
        Map<String, Set<Integer>> termDocs = new HashMap<>();
        int[] docWords = new int[docs];
        int totalWords = 0;
        int[] firstOf = new int[docs];
        java.util.Arrays.fill(firstOf, -1);
        for (int i = 0; i < n; i++) {
            ClusterText.Unit u = c.unit(i);
            for (String t : u.tf().keySet()) {
                termDocs.computeIfAbsent(t, k -> new HashSet<>()).add(u.doc());
            }
            docWords[u.doc()] += u.words();
            totalWords += u.words();
            if (firstOf[u.doc()] < 0) {
                firstOf[u.doc()] = i;
            }
        }
        double maxCentroid = 0;
        double maxCentrality = 0;
        for (int i = 0; i < n; i++) {
            ClusterText.Unit u = c.unit(i);
            double[] f = x[i];
            f[0] = Math.min(u.position(), 40);
            f[1] = 1.0 / (1.0 + u.position());
            f[2] = u.docSentences() > 1 ? (double) u.position() / (u.docSentences() - 1) : 0;
            f[3] = Math.min(u.doc(), 10);
            f[4] = Math.min(docs, 10);
            f[5] = Math.min(u.words(), 100);
            double[] best = new double[docs];
            double[] bestBigram = new double[docs];
            double sum = 0;
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                double s = c.cosine(i, j);
                sum += s;
                int d = c.unit(j).doc();
                if (d != u.doc()) {
                    best[d] = Math.max(best[d], s);
                    bestBigram[d] = Math.max(bestBigram[d], c.bigramOverlap(i, j));
                }
            }
            double sup = 0;
            double bsup = 0;
            int count = 0;
            for (int d = 0; d < docs; d++) {
                sup += best[d];
                bsup = Math.max(bsup, bestBigram[d]);
                if (best[d] >= 0.3) {
                    count++;
                }
            }
            f[6] = docs > 1 ? sup / (docs - 1) : 0;
            f[7] = docs > 1 ? (double) count / (docs - 1) : 0;
            f[8] = bsup;
            f[9] = c.cosine(i, centroidVector);
            maxCentroid = Math.max(maxCentroid, f[9]);
            f[11] = n > 1 ? sum / (n - 1) : 0;
            maxCentrality = Math.max(maxCentrality, f[11]);
            f[13] = ConcordSummarizer.informative(u.text());
            List<String> words = Terms.words(u.text());
            int stop = 0;
            int digits = 0;
            for (String w : words) {
                if (Terms.isStopword(w)) {
                    stop++;
                }
                if (Character.isDigit(w.charAt(0))) {
                    digits++;
                }
            }
            f[14] = words.isEmpty() ? 0 : (double) stop / words.size();
            int shared = 0;
            double idfSum = 0;
            for (String t : u.tf().keySet()) {
                if (termDocs.get(t).size() > 1) {
                    shared++;
                }
                idfSum += c.idf(t);
            }
            f[15] = u.tf().isEmpty() ? 0 : (double) shared / u.tf().size();
            f[16] = u.tf().isEmpty() ? 0 : idfSum / u.tf().size();
            String text = u.text();
            f[17] = text.indexOf('"') >= 0 || text.indexOf('“') >= 0 || text.indexOf('”') >= 0 ? 1 : 0;
            f[18] = Math.min(docWords[u.doc()], 2000);
            f[19] = totalWords > 0 ? (double) docWords[u.doc()] / totalWords : 0;
            int first = firstOf[u.doc()];
            f[20] = first == i ? 1 : c.cosine(i, first);
            int nonAlpha = 0;
            int nonSpace = 0;
            for (int k = 0; k < text.length(); k++) {
                char ch = text.charAt(k);
                if (!Character.isWhitespace(ch)) {
                    nonSpace++;
                    if (!Character.isLetter(ch)) {
                        nonAlpha++;
                    }
                }
            }
            f[21] = nonSpace > 0 ? (double) nonAlpha / nonSpace : 1;
            f[22] = text.endsWith("?") ? 1 : 0;
            f[23] = Math.min(digits, 10);
        }
        for (int i = 0; i < n; i++) {
            x[i][10] = maxCentroid > 0 ? x[i][9] / maxCentroid : 0;
            x[i][12] = maxCentrality > 0 ? x[i][11] / maxCentrality : 0;
        }
        return x;
    }
}
