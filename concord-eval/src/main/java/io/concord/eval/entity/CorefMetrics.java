package io.concord.eval.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Coreference scores over one set of mentions, given each mention's gold cluster label and system cluster
 * label (same index = same mention): B³ (Bagga and Baldwin 1998), MUC (Vilain et al. 1995) and pairwise
 * (precision and recall over mention pairs placed in one cluster).
 */
public final class CorefMetrics {
    private CorefMetrics() {
    }

    /** Precision, recall and their harmonic mean, each in [0, 1]. */
    public record Score(double precision, double recall, double f1) {
        static Score of(double p, double r) {
            return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }

    public static Score bCubed(List<String> gold, List<String> system) {
        check(gold, system);
        if (gold.isEmpty()) {
            return Score.of(0, 0);
        }
        Map<String, Set<Integer>> g = clusters(gold);
        Map<String, Set<Integer>> s = clusters(system);
        double p = 0;
        double r = 0;
        for (int i = 0; i < gold.size(); i++) {
            Set<Integer> gi = g.get(gold.get(i));
            Set<Integer> si = s.get(system.get(i));
            int common = 0;
            for (int j : si) {
                if (gi.contains(j)) {
                    common++;
                }
            }
            p += (double) common / si.size();
            r += (double) common / gi.size();
        }
        return Score.of(p / gold.size(), r / gold.size());
    }

    public static Score muc(List<String> gold, List<String> system) {
        check(gold, system);
        return Score.of(mucRecall(system, gold), mucRecall(gold, system));
    }

    /** MUC recall of {@code response} against {@code key}: links kept over links needed. */
    private static double mucRecall(List<String> key, List<String> response) {
        double num = 0;
        double den = 0;
        for (Set<Integer> k : clusters(key).values()) {
            Set<String> parts = new HashSet<>();
            for (int i : k) {
                parts.add(response.get(i));
            }
            num += k.size() - parts.size();
            den += k.size() - 1;
        }
        return den == 0 ? 0 : num / den;
    }

    public static Score pairwise(List<String> gold, List<String> system) {
        check(gold, system);
        long both = 0;
        long inGold = 0;
        long inSystem = 0;
        for (int i = 0; i < gold.size(); i++) {
            for (int j = i + 1; j < gold.size(); j++) {
                boolean g = gold.get(i).equals(gold.get(j));
                boolean s = system.get(i).equals(system.get(j));
                if (g) {
                    inGold++;
                }
                if (s) {
                    inSystem++;
                }
                if (g && s) {
                    both++;
                }
            }
        }
        return Score.of(inSystem == 0 ? 0 : (double) both / inSystem, inGold == 0 ? 0 : (double) both / inGold);
    }

    private static Map<String, Set<Integer>> clusters(List<String> labels) {
        Map<String, Set<Integer>> out = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            out.computeIfAbsent(labels.get(i), k -> new HashSet<>()).add(i);
        }
        return out;
    }

    private static void check(List<String> gold, List<String> system) {
        if (gold.size() != system.size()) {
            throw new IllegalArgumentException("gold and system label lists differ in length: "
                    + gold.size() + " vs " + system.size());
        }
    }
}
