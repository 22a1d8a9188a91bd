package io.concord.eval.baseline;

import io.concord.summary.BudgetMode;
import io.concord.summary.ClusterText;
import io.concord.summary.Terms;

import java.util.HashSet;
import java.util.Set;

/**
 * TextRank (Mihalcea and Tarau 2004): a weighted graph whose edge weight is the number of shared
 * content words divided by {@code log|Si| + log|Sj|}, ranked by weighted PageRank (damping 0.85).
 */
public final class TextRankSummarizer extends ScoredBaseline {

    public TextRankSummarizer(BudgetMode mode) {
        super(mode);
    }

    @Override
    protected double[] scores(ClusterText c, int documents) {
        int n = c.size();
        @SuppressWarnings("unchecked")
        Set<String>[] terms = new Set[n];
        for (int i = 0; i < n; i++) {
            terms[i] = new HashSet<>(Terms.contentStems(c.unit(i).text()));
        }
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                int li = c.unit(i).words();
                int lj = c.unit(j).words();
                double denom = Math.log(Math.max(2, li)) + Math.log(Math.max(2, lj));
                int common = 0;
                Set<String> small = terms[i].size() <= terms[j].size() ? terms[i] : terms[j];
                Set<String> large = small == terms[i] ? terms[j] : terms[i];
                for (String t : small) {
                    if (large.contains(t)) {
                        common++;
                    }
                }
                double s = common / denom;
                w[i][j] = s;
                w[j][i] = s;
            }
        }
        return pageRank(w, 0.85);
    }
}
