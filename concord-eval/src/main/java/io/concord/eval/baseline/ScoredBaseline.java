package io.concord.eval.baseline;

import io.concord.summary.BudgetMode;
import io.concord.summary.ClusterText;
import io.concord.summary.SourceDocument;
import io.concord.summary.SourceFinder;
import io.concord.summary.Summarizer;
import io.concord.summary.SummarySentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The shared frame of the score-based baselines (LexRank, TextRank, Centroid): each scores the cluster's
 * sentences its own way; this class takes them best first under the budget, skips repeats, and orders the
 * pick for reading. The focus is ignored.
 */
abstract class ScoredBaseline implements Summarizer {
    private final BudgetMode mode;
    private final SourceFinder sources = new SourceFinder();

    ScoredBaseline(BudgetMode mode) {
        this.mode = mode;
    }

    /** One score per sentence of {@code c} (higher is better); {@code documents} is the cluster's size. */
    protected abstract double[] scores(ClusterText c, int documents);

    @Override
    public final List<SummarySentence> summarize(List<SourceDocument> documents, int words, String focus) {
        if (documents == null || documents.isEmpty() || words <= 0) {
            return List.of();
        }
        ClusterText c = ClusterText.of(documents);
        if (c.size() == 0) {
            return List.of();
        }
        return pick(c, scores(c, documents.size()), words);
    }

    private List<SummarySentence> pick(ClusterText c, double[] score, int words) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingDouble(i -> -score[i]).thenComparingInt(i -> i));
        List<Integer> chosen = new ArrayList<>();
        int total = 0;
        for (int i : order) {
            if (total >= words) {
                break;
            }
            if (!mode.admits(total, c.unit(i).words(), words)) {
                continue;
            }
            boolean repeat = false;
            for (int j : chosen) {
                if (sources.same(c, i, j)) {
                    repeat = true;
                    break;
                }
            }
            if (!repeat) {
                chosen.add(i);
                total += c.unit(i).words();
            }
        }
        chosen.sort(Comparator.<Integer>comparingInt(i -> c.unit(i).position()).thenComparingInt(i -> c.unit(i).doc()));
        List<SummarySentence> out = new ArrayList<>();
        for (int i : chosen) {
            out.add(sources.summarySentence(c, i));
        }
        return out;
    }

    /** Power iteration of PageRank over a symmetric weighted graph (rows normalised), damping {@code d}. */
    static double[] pageRank(double[][] w, double d) {
        int n = w.length;
        double[] rowSum = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                rowSum[i] += w[i][j];
            }
        }
        double[] p = new double[n];
        java.util.Arrays.fill(p, 1.0 / n);
        for (int it = 0; it < 100; it++) {
            double[] next = new double[n];
            double dangling = 0;
            for (int i = 0; i < n; i++) {
                if (rowSum[i] == 0) {
                    dangling += p[i];
                }
            }
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int i = 0; i < n; i++) {
                    if (rowSum[i] > 0 && w[i][j] > 0) {
                        s += p[i] * w[i][j] / rowSum[i];
                    }
                }
                next[j] = (1 - d) / n + d * (s + dangling / n);
            }
            double delta = 0;
            for (int i = 0; i < n; i++) {
                delta += Math.abs(next[i] - p[i]);
            }
            p = next;
            if (delta < 1e-8) {
                break;
            }
        }
        return p;
    }
}
