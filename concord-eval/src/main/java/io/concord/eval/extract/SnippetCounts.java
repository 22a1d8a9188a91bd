package io.concord.eval.extract;

/** Snippet confusion counts, summed over pages, with the derived scores. */
public record SnippetCounts(int truePositives, int falseNegatives, int falsePositives, int trueNegatives) {
    public static final SnippetCounts ZERO = new SnippetCounts(0, 0, 0, 0);

    public SnippetCounts plus(SnippetCounts o) {
        return new SnippetCounts(truePositives + o.truePositives, falseNegatives + o.falseNegatives,
                falsePositives + o.falsePositives, trueNegatives + o.trueNegatives);
    }

    public double precision() {
        int d = truePositives + falsePositives;
        return d == 0 ? 0 : (double) truePositives / d;
    }

    public double recall() {
        int d = truePositives + falseNegatives;
        return d == 0 ? 0 : (double) truePositives / d;
    }

    /** F1 = 2TP / (2TP + FP + FN), as trafilatura's evaluate.py computes it. */
    public double f1() {
        int d = 2 * truePositives + falsePositives + falseNegatives;
        return d == 0 ? 0 : 2.0 * truePositives / d;
    }
}
