package io.concord.eval.baseline;

import io.concord.summary.BudgetMode;
import io.concord.summary.ClusterText;
import io.concord.summary.SourceFinder;
import io.concord.summary.SummarySentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Shared tail of the score-based baselines: take sentences best first under the budget, skip repeats. */
final class RankedPick {
    private RankedPick() {
    }

    static List<SummarySentence> pick(ClusterText c, double[] score, int words, BudgetMode mode,
                                      SourceFinder sources) {
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
