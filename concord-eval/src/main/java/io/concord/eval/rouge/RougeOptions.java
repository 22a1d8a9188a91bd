package io.concord.eval.rouge;

/**
 * Settings of one ROUGE run, named after ROUGE-1.5.5's command-line options.
 *
 * @param maxN             {@code -n}: ROUGE-1 .. ROUGE-maxN are computed (0 = no ROUGE-N)
 * @param stem             {@code -m}: WordNet exception lists, then the Porter stemmer, for tokens longer
 *                         than three characters
 * @param removeStopwords  {@code -s}: drop the SMART common words before counting
 * @param lengthLimitWords {@code -l}: keep only the first n words of peer AND models (0 = no limit)
 * @param lengthLimitBytes {@code -b}: keep only the first n bytes of peer AND models (0 = no limit);
 *                         at most one of the two limits may be set
 * @param alpha            {@code -p}: F = 1 / (alpha / P + (1 - alpha) / R); 0.5 is the harmonic mean
 * @param modelAverage     {@code -f A} when true (pool hits and counts over all models), {@code -f B}
 *                         when false (use the single best-matching model)
 * @param skipDistance     {@code -2}: maximum gap of a skip bigram (4 for ROUGE-SU4; negative = unlimited)
 * @param computeL         ROUGE-L (summary-level union LCS); ROUGE-1.5.5 computes it unless {@code -x}
 * @param computeSU4       ROUGE-SU with unigrams ({@code -2 skipDistance -u}), reported as
 *                         {@code "ROUGE-SU" + skipDistance}
 */
public record RougeOptions(int maxN, boolean stem, boolean removeStopwords, int lengthLimitWords,
                           int lengthLimitBytes, double alpha, boolean modelAverage, int skipDistance,
                           boolean computeL, boolean computeSU4) {

    public RougeOptions {
        if (maxN < 0 || maxN > 9) {
            throw new IllegalArgumentException("maxN must be within 0..9, was " + maxN);
        }
        if (lengthLimitWords < 0 || lengthLimitBytes < 0) {
            throw new IllegalArgumentException("length limits must not be negative");
        }
        if (lengthLimitWords > 0 && lengthLimitBytes > 0) {
            throw new IllegalArgumentException(
                    "specify a length limit in words or in bytes, not both (ROUGE-1.5.5 -l / -b)");
        }
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be within [0, 1], was " + alpha);
        }
    }

    /** The name under which the skip-bigram figure is reported, e.g. {@code "ROUGE-SU4"}. */
    public String skipBigramMetric() {
        return skipDistance < 0 ? "ROUGE-SU*" : "ROUGE-SU" + skipDistance;
    }

    /**
     * A common setting for summary evaluation: ROUGE-1, -2, -L and -SU4, Porter stemming, stopwords
     * kept, no length limit, alpha 0.5, model average.
     */
    public static RougeOptions defaults() {
        return builder().build();
    }

    /**
     * The official DUC 2004 task 2 setting ({@code -n 4 -m -l 100 -p 0.5 -f A}, ROUGE-L and SU4 off,
     * as in the published run).
     */
    public static RougeOptions duc2004() {
        return builder().maxN(4).stem(true).lengthLimitWords(100).computeL(false).computeSU4(false).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A copy of these options as a builder, to change a few of them. */
    public Builder toBuilder() {
        return new Builder().maxN(maxN).stem(stem).removeStopwords(removeStopwords)
                .lengthLimitWords(lengthLimitWords).lengthLimitBytes(lengthLimitBytes).alpha(alpha)
                .modelAverage(modelAverage).skipDistance(skipDistance).computeL(computeL)
                .computeSU4(computeSU4);
    }

    /** Builder starting from {@link #defaults()}'s values. */
    public static final class Builder {
        private int maxN = 2;
        private boolean stem = true;
        private boolean removeStopwords;
        private int lengthLimitWords;
        private int lengthLimitBytes;
        private double alpha = 0.5;
        private boolean modelAverage = true;
        private int skipDistance = 4;
        private boolean computeL = true;
        private boolean computeSU4 = true;

        private Builder() {
        }

        public Builder maxN(int maxN) {
            this.maxN = maxN;
            return this;
        }

        public Builder stem(boolean stem) {
            this.stem = stem;
            return this;
        }

        public Builder removeStopwords(boolean removeStopwords) {
            this.removeStopwords = removeStopwords;
            return this;
        }

        public Builder lengthLimitWords(int words) {
            this.lengthLimitWords = words;
            return this;
        }

        public Builder lengthLimitBytes(int bytes) {
            this.lengthLimitBytes = bytes;
            return this;
        }

        public Builder alpha(double alpha) {
            this.alpha = alpha;
            return this;
        }

        /** true = {@code -f A} (model average), false = {@code -f B} (best model). */
        public Builder modelAverage(boolean modelAverage) {
            this.modelAverage = modelAverage;
            return this;
        }

        public Builder skipDistance(int skipDistance) {
            this.skipDistance = skipDistance;
            return this;
        }

        public Builder computeL(boolean computeL) {
            this.computeL = computeL;
            return this;
        }

        public Builder computeSU4(boolean computeSU4) {
            this.computeSU4 = computeSU4;
            return this;
        }

        public RougeOptions build() {
            return new RougeOptions(maxN, stem, removeStopwords, lengthLimitWords, lengthLimitBytes, alpha,
                    modelAverage, skipDistance, computeL, computeSU4);
        }
    }
}
