package io.concord.eval.baseline;

import io.concord.summary.BudgetMode;
import io.concord.summary.ClusterText;

import java.util.HashMap;
import java.util.Map;

/**
 * Centroid-based summarization in the style of MEAD (Radev et al. 2004): score = centroid value (sum of
 * the centroid weights of the sentence's words, centroid = mean tf-idf vector of the cluster) + positional
 * value (first sentence of a document scores as much as the best centroid value, then 1/position)
 * + overlap with the first sentence of its document.
 */
public final class CentroidSummarizer extends ScoredBaseline {

    public CentroidSummarizer(BudgetMode mode) {
        super(mode);
    }

    @Override
    protected double[] scores(ClusterText c, int documents) {
        int n = c.size();
        Map<String, Double> centroid = new HashMap<>();
        for (int i = 0; i < n; i++) {
            c.vector(i).forEach((t, w) -> centroid.merge(t, w / n, Double::sum));
        }
        double[] cv = new double[n];
        double cmax = 0;
        for (int i = 0; i < n; i++) {
            for (String t : c.unit(i).tf().keySet()) {
                cv[i] += centroid.getOrDefault(t, 0.0);
            }
            cmax = Math.max(cmax, cv[i]);
        }
        int[] firstOfDoc = new int[documents];
        java.util.Arrays.fill(firstOfDoc, -1);
        for (int i = 0; i < n; i++) {
            int d = c.unit(i).doc();
            if (firstOfDoc[d] < 0) {
                firstOfDoc[d] = i;
            }
        }
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            ClusterText.Unit u = c.unit(i);
            double positional = cmax / (1.0 + u.position());
            int first = firstOfDoc[u.doc()];
            double firstOverlap = first == i ? cmax : cmax * c.cosine(i, first);
            score[i] = cv[i] + positional + 0.5 * firstOverlap;
        }
        return score;
    }
}
