package io.concord.eval.baseline;

import io.concord.summary.BudgetMode;
import io.concord.summary.ClusterText;

/**
 * LexRank (Erkan and Radev 2004), thresholded variant: sentences are nodes, an edge joins two sentences
 * whose tf-idf cosine is at least 0.1, and sentences are ranked by PageRank (damping 0.85).
 */
public final class LexRankSummarizer extends ScoredBaseline {
    private static final double THRESHOLD = 0.1;

    public LexRankSummarizer(BudgetMode mode) {
        super(mode);
    }

    @Override
    protected double[] scores(ClusterText c, int documents) {
        int n = c.size();
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double s = c.cosine(i, j);
                if (s >= THRESHOLD) {
                    w[i][j] = 1;
                    w[j][i] = 1;
                }
            }
        }
        return pageRank(w, 0.85);
    }
}
