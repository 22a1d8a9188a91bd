package io.concord.summary;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy selection under a word budget maximising Lin and Bilmes' (2011) objective
 * {@code F(S) = L(S) + diversity * R(S)}: {@code L(S) = sum_i min(C_i(S), alpha * C_i(V))} with
 * {@code C_i(S) = sum_{j in S} cos(i, j)} (every sentence of the cluster is covered by the chosen ones, up to
 * a share {@code alpha} of what the whole cluster gives it), and {@code R(S) = sum_k sqrt(sum_{j in S, P_k}
 * r_j)} over groups {@code P_k} of similar sentences, {@code r_j} the sentence's relevance. Each step takes
 * the sentence with the best gain per word raised to {@code costExponent}. Both terms are monotone
 * submodular, so the greedy choice is near-optimal. Stateless and thread-safe.
 */
final class SubmodularSelector {
    private final double alpha;
    private final double diversity;
    private final double costExponent;
    private final double groupCosine;

    SubmodularSelector(double alpha, double diversity, double costExponent, double groupCosine) {
        this.alpha = alpha;
        this.diversity = diversity;
        this.costExponent = costExponent;
        this.groupCosine = groupCosine;
    }

    List<Integer> select(ClusterText c, double[] relevance, int budget, BudgetMode mode) {
        int n = c.size();
        double[][] sim = new double[n][n];
        double[] capacity = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                sim[i][j] = c.cosine(i, j);
                capacity[i] += sim[i][j];
            }
            capacity[i] *= alpha;
        }
        // coverage and reward are put on comparable scales: L(V) and R of the single best sentence
        double capacityTotal = 0;
        for (double cap : capacity) {
            capacityTotal += cap;
        }
        double coverageScale = capacityTotal > 0 ? capacityTotal / alpha : 1;
        int[] group = groups(c);
        int groups = 0;
        for (int g : group) {
            groups = Math.max(groups, g + 1);
        }
        double relTotal = 0;
        for (double r : relevance) {
            relTotal += r;
        }
        double rewardScale = relTotal > 0 ? Math.sqrt(relTotal) : 1;

        double[] covered = new double[n];
        double[] groupMass = new double[groups];
        return BudgetedGreedy.select(c, budget, mode, costExponent, s -> {
            double gainL = 0;
            double[] row = sim[s];
            for (int i = 0; i < n; i++) {
                if (covered[i] < capacity[i] && row[i] > 0) {
                    gainL += Math.min(covered[i] + row[i], capacity[i]) - covered[i];
                }
            }
            int g = group[s];
            double gainR = Math.sqrt(groupMass[g] + relevance[s]) - Math.sqrt(groupMass[g]);
            return gainL / coverageScale + diversity * gainR / rewardScale;
        }, best -> {
            for (int i = 0; i < n; i++) {
                covered[i] += sim[best][i];
            }
            groupMass[group[best]] += relevance[best];
        });
    }

    /** Leader clustering: a sentence joins the first group whose leader it resembles, else leads a new one. */
    private int[] groups(ClusterText c) {
        int n = c.size();
        int[] group = new int[n];
        List<Integer> leaders = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int g = -1;
            double bestSim = groupCosine;
            for (int k = 0; k < leaders.size(); k++) {
                double s = c.cosine(i, leaders.get(k));
                if (s >= bestSim) {
                    bestSim = s;
                    g = k;
                }
            }
            if (g < 0) {
                g = leaders.size();
                leaders.add(i);
            }
            group[i] = g;
        }
        return group;
    }
}
