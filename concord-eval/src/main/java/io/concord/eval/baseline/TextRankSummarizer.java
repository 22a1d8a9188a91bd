package io.concord.eval.baseline;

import io.concord.summary.BudgetMode;
import io.concord.summary.ClusterText;
import io.concord.summary.SourceDocument;
import io.concord.summary.SourceFinder;
import io.concord.summary.Summarizer;
import io.concord.summary.SummarySentence;
import io.concord.summary.Terms;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * TextRank (Mihalcea and Tarau 2004): a weighted graph whose edge weight is the number of shared
 * content words divided by {@code log|Si| + log|Sj|}, ranked by weighted PageRank (damping 0.85).
 */
public final class TextRankSummarizer implements Summarizer {
    private final BudgetMode mode;
    private final SourceFinder sources = new SourceFinder();

    public TextRankSummarizer(BudgetMode mode) {
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
        return RankedPick.pick(c, RankedPick.pageRank(w, 0.85), words, mode, sources);
    }
}
