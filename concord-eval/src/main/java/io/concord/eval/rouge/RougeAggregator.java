package io.concord.eval.rouge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Averages per-summary ROUGE scores over a set, as ROUGE-1.5.5 does for its {@code Average_R},
 * {@code Average_P} and {@code Average_F} lines (the default {@code -t 0}: every summary counts the
 * same, whatever its length).
 *
 * <p>{@link #mean} is the plain mean. {@link #rouge155} repeats the script exactly: it draws
 * {@code resamples} bootstrap samples (sample i seeded with Perl's {@code srand(i)}, summaries in the
 * order of their sorted ids), reports the mean of the sample means as the average (the script prints
 * that, not the plain mean; the two differ by a few 1e-5), and the confidence interval from the sorted
 * sample means.
 */
public final class RougeAggregator {
    private RougeAggregator() {
    }

    /** The plain mean of each metric present in every element; empty input gives an empty result. */
    public static RougeScores mean(Collection<RougeScores> perSummary) {
        Map<String, Prf> out = new LinkedHashMap<>();
        if (perSummary.isEmpty()) {
            return new RougeScores(out);
        }
        RougeScores first = perSummary.iterator().next();
        for (String metric : first.scores().keySet()) {
            if (!perSummary.stream().allMatch(s -> s.has(metric))) {
                continue;
            }
            double r = 0;
            double p = 0;
            double f = 0;
            for (RougeScores s : perSummary) {
                Prf prf = s.get(metric);
                r += prf.recall();
                p += prf.precision();
                f += prf.f();
            }
            int n = perSummary.size();
            out.put(metric, new Prf(clamp(r / n), clamp(p / n), clamp(f / n)));
        }
        return new RougeScores(out);
    }

    /**
     * ROUGE-1.5.5's averages and confidence intervals ({@code -r resamples -c confidencePercent}).
     *
     * @param perSummaryById per-summary scores keyed by ROUGE's test id ({@code evalId.peerId}); the
     *                       ids are sorted as strings, as the script sorts them
     * @return per metric (metrics present in every summary), figures rounded to five decimals
     */
    public static Map<String, AverageScore> rouge155(Map<String, RougeScores> perSummaryById, int resamples,
                                                     double confidencePercent) {
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be positive, was " + resamples);
        }
        if (!(confidencePercent >= 0 && confidencePercent <= 100)) {
            throw new IllegalArgumentException("confidence must be within [0, 100], was " + confidencePercent);
        }
        List<RougeScores> ordered = new ArrayList<>(new TreeMap<>(perSummaryById).values());
        Map<String, AverageScore> out = new LinkedHashMap<>();
        if (ordered.isEmpty()) {
            return out;
        }
        for (String metric : ordered.get(0).scores().keySet()) {
            if (!ordered.stream().allMatch(s -> s.has(metric))) {
                continue;
            }
            double[][] values = new double[3][ordered.size()];
            for (int k = 0; k < ordered.size(); k++) {
                Prf prf = ordered.get(k).get(metric);
                values[0][k] = prf.recall();
                values[1][k] = prf.precision();
                values[2][k] = prf.f();
            }
            double[][] samples = bootstrap(values, resamples);
            double[] avg = new double[3];
            double[] lower = new double[3];
            double[] upper = new double[3];
            for (int x = 0; x < 3; x++) {
                double[] sorted = samples[x];
                Arrays.sort(sorted);
                double sum = 0;
                for (double v : sorted) {
                    sum += v;
                }
                avg[x] = Rouge.round5(sum / resamples);
                double[] ci = interval(sorted, confidencePercent);
                lower[x] = Rouge.round5(ci[0]);
                upper[x] = Rouge.round5(ci[1]);
            }
            out.put(metric, new AverageScore(new Prf(avg[0], avg[1], avg[2]),
                    new Prf(lower[0], lower[1], lower[2]), new Prf(upper[0], upper[1], upper[2])));
        }
        return out;
    }

    /** samples[x][i] = mean of measure x (R, P, F) over bootstrap sample i. */
    private static double[][] bootstrap(double[][] values, int resamples) {
        int n = values[0].length;
        double[][] samples = new double[3][resamples];
        for (int i = 0; i < resamples; i++) {
            Drand48 random = new Drand48(i);
            double[] sum = new double[3];
            for (int k = 0; k < n; k++) {
                int pick = random.nextInt(n);
                for (int x = 0; x < 3; x++) {
                    sum[x] += values[x][pick];
                }
            }
            for (int x = 0; x < 3; x++) {
                samples[x][i] = sum[x] / n;
            }
        }
        return samples;
    }

    /** The script's interpolated percentile bounds over the sorted sample means. */
    private static double[] interval(double[] sorted, double confidencePercent) {
        int r = sorted.length;
        double delta = r * ((100 - confidencePercent) / 2.0) / 100.0;
        int upperLow = (int) (r - delta - 1);
        int lowerLow = (int) delta;
        double ratio = r - delta - 1 - upperLow;
        double lower = at(sorted, lowerLow) + (at(sorted, lowerLow + 1) - at(sorted, lowerLow)) * ratio;
        double upper = at(sorted, upperLow) + (at(sorted, upperLow + 1) - at(sorted, upperLow)) * ratio;
        return new double[] {lower, upper};
    }

    /** Perl reads past the end of an array as undef, i.e. 0. */
    private static double at(double[] a, int i) {
        return i >= 0 && i < a.length ? a[i] : 0;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
