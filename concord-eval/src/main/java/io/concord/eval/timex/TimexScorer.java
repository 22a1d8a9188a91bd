package io.concord.eval.timex;

import io.concord.timex.Timex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scores system TIMEX3 annotations against gold ones as TempEval-3 does: a strict match has the same
 * span, a relaxed match overlaps; value and type are compared over relaxed matches. Matching is one to
 * one: exact spans are paired first, then the remaining annotations by largest overlap.
 */
public final class TimexScorer {

    public List<TimexPair> match(List<Timex> gold, List<Timex> system) {
        List<TimexPair> pairs = new ArrayList<>();
        boolean[] goldUsed = new boolean[gold.size()];
        boolean[] sysUsed = new boolean[system.size()];
        for (int g = 0; g < gold.size(); g++) {
            for (int s = 0; s < system.size(); s++) {
                if (!sysUsed[s] && gold.get(g).begin() == system.get(s).begin()
                        && gold.get(g).end() == system.get(s).end()) {
                    pairs.add(new TimexPair(gold.get(g), system.get(s)));
                    goldUsed[g] = true;
                    sysUsed[s] = true;
                    break;
                }
            }
        }
        List<int[]> overlaps = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int s = 0; s < system.size(); s++) {
                int o = overlap(gold.get(g), system.get(s));
                if (!goldUsed[g] && !sysUsed[s] && o > 0) {
                    overlaps.add(new int[]{o, g, s});
                }
            }
        }
        overlaps.sort(Comparator.<int[]>comparingInt(a -> -a[0]).thenComparingInt(a -> a[1]).thenComparingInt(a -> a[2]));
        for (int[] o : overlaps) {
            if (!goldUsed[o[1]] && !sysUsed[o[2]]) {
                pairs.add(new TimexPair(gold.get(o[1]), system.get(o[2])));
                goldUsed[o[1]] = true;
                sysUsed[o[2]] = true;
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            if (!goldUsed[g]) {
                pairs.add(new TimexPair(gold.get(g), null));
            }
        }
        for (int s = 0; s < system.size(); s++) {
            if (!sysUsed[s]) {
                pairs.add(new TimexPair(null, system.get(s)));
            }
        }
        return pairs;
    }

    public TimexCounts score(List<Timex> gold, List<Timex> system) {
        return count(match(gold, system), gold.size(), system.size());
    }

    static TimexCounts count(List<TimexPair> pairs, int gold, int system) {
        int strict = 0;
        int relaxed = 0;
        int value = 0;
        int type = 0;
        for (TimexPair p : pairs) {
            if (!p.matched()) {
                continue;
            }
            relaxed++;
            strict += p.strict() ? 1 : 0;
            value += p.sameValue() ? 1 : 0;
            type += p.sameType() ? 1 : 0;
        }
        return new TimexCounts(gold, system, strict, relaxed, value, type);
    }

    private static int overlap(Timex a, Timex b) {
        return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.begin(), b.begin()));
    }
}
