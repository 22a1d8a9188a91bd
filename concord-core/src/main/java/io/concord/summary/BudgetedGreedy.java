package io.concord.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntToDoubleFunction;

/**
 * The greedy loop shared by the objective-driven selectors: while the budget lasts, take the unused sentence
 * the budget mode admits with the best gain per word raised to a cost exponent, then let the objective record
 * it. Ties go to the earlier sentence.
 */
final class BudgetedGreedy {
    private BudgetedGreedy() {
    }

    /**
     * @param gain         marginal gain of adding sentence {@code s} to what has been taken so far
     * @param take         called with each sentence taken, before the next step
     * @param costExponent a sentence's gain is divided by its word count raised to this
     * @return the sentences taken, in the order taken
     */
    static List<Integer> select(ClusterText c, int budget, BudgetMode mode, double costExponent,
                                IntToDoubleFunction gain, IntConsumer take) {
        int n = c.size();
        boolean[] used = new boolean[n];
        List<Integer> chosen = new ArrayList<>();
        int total = 0;
        while (total < budget) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int s = 0; s < n; s++) {
                int words = c.unit(s).words();
                if (used[s] || !mode.admits(total, words, budget)) {
                    continue;
                }
                double score = gain.applyAsDouble(s) / Math.pow(Math.max(1, words), costExponent);
                if (score > bestScore) {
                    bestScore = score;
                    best = s;
                }
            }
            if (best < 0) {
                break;
            }
            used[best] = true;
            chosen.add(best);
            total += c.unit(best).words();
            take.accept(best);
        }
        return chosen;
    }
}
