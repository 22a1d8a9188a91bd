package io.concord.eval.baseline;

import io.concord.summary.BudgetMode;
import io.concord.summary.ClusterText;
import io.concord.summary.SourceDocument;
import io.concord.summary.SourceFinder;
import io.concord.summary.Summarizer;
import io.concord.summary.SummarySentence;

import java.util.List;

/**
 * LexRank (Erkan and Radev 2004), thresholded variant: sentences are nodes, an edge joins two sentences
 * whose tf-idf cosine is at least 0.1, and sentences are ranked by PageRank (damping 0.85).
 */
public final class LexRankSummarizer implements Summarizer {
    private static final double THRESHOLD = 0.1;
    private final BudgetMode mode;
    private final SourceFinder sources = new SourceFinder();

    public LexRankSummarizer(BudgetMode mode) {
        this.mode = mode;
    }

    @Override
    public List<SummarySentence> summarize(List<SourceDocument> documents, int words, String focus) {
        if (documents == null || documents.isEmpty() || words <= 0) {
            return List.of();
        }
        ClusterText c = ClusterText.of(documents);
        int n = c.size();
        if (n == 0) {
            return List.of();
        }
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
        return RankedPick.pick(c, RankedPick.pageRank(w, 0.85), words, mode, sources);
    }
}
