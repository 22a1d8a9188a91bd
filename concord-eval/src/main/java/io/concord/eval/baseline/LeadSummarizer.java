package io.concord.eval.baseline;

import io.concord.summary.BudgetMode;
import io.concord.summary.ClusterText;
import io.concord.summary.SourceDocument;
import io.concord.summary.SourceFinder;
import io.concord.summary.Summarizer;
import io.concord.summary.SummarySentence;

import java.util.ArrayList;
import java.util.List;

/**
 * Lead baseline for several documents: first sentences round-robin (the first sentence of each document
 * in input order, then the second of each, ...) until the budget is reached. The focus is ignored.
 */
public final class LeadSummarizer implements Summarizer {
    private final BudgetMode mode;
    private final SourceFinder sources = new SourceFinder();

    public LeadSummarizer(BudgetMode mode) {
        this.mode = mode;
    }

    @Override
    public List<SummarySentence> summarize(List<SourceDocument> documents, int words, String focus) {
        if (documents == null || documents.isEmpty() || words <= 0) {
            return List.of();
        }
        ClusterText c = ClusterText.of(documents);
        int maxPos = 0;
        for (ClusterText.Unit u : c.units()) {
            maxPos = Math.max(maxPos, u.position() + 1);
        }
        List<SummarySentence> out = new ArrayList<>();
        int total = 0;
        for (int p = 0; p < maxPos && total < words; p++) {
            for (int d = 0; d < documents.size() && total < words; d++) {
                for (int i = 0; i < c.size(); i++) {
                    ClusterText.Unit u = c.unit(i);
                    if (u.doc() == d && u.position() == p) {
                        if (mode.admits(total, u.words(), words)) {
                            out.add(sources.summarySentence(c, i));
                            total += u.words();
                        }
                        break;
                    }
                }
            }
        }
        return out;
    }
}
