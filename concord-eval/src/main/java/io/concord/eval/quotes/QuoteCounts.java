package io.concord.eval.quotes;

/**
 * Counts behind the quote scores. Precision counts predicted quotes, recall counts gold direct quotations.
 *
 * @param predicted        predicted quotes
 * @param gold             gold direct quotations
 * @param predOverlap      predicted quotes overlapping a gold direct quotation's content
 * @param goldOverlap      gold direct quotations overlapped by a predicted quote
 * @param predExact        predicted quotes whose span equals a gold content span (see {@link QuoteScorer})
 * @param goldExact        gold direct quotations matched exactly
 * @param speakerJudged    overlap-matched predicted quotes whose gold source is a name
 * @param speakerCorrect   of those, the ones whose speakerName shares the gold source's last name
 * @param speakerMissing   of those, the ones with no speakerName
 */
public record QuoteCounts(int predicted, int gold, int predOverlap, int goldOverlap, int predExact, int goldExact,
                          int speakerJudged, int speakerCorrect, int speakerMissing) {
    public static final QuoteCounts ZERO = new QuoteCounts(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public QuoteCounts plus(QuoteCounts o) {
        return new QuoteCounts(predicted + o.predicted, gold + o.gold, predOverlap + o.predOverlap,
                goldOverlap + o.goldOverlap, predExact + o.predExact, goldExact + o.goldExact,
                speakerJudged + o.speakerJudged, speakerCorrect + o.speakerCorrect, speakerMissing + o.speakerMissing);
    }

    public double overlapPrecision() {
        return ratio(predOverlap, predicted);
    }

    public double overlapRecall() {
        return ratio(goldOverlap, gold);
    }

    public double overlapF1() {
        return f1(overlapPrecision(), overlapRecall());
    }

    public double exactPrecision() {
        return ratio(predExact, predicted);
    }

    public double exactRecall() {
        return ratio(goldExact, gold);
    }

    public double exactF1() {
        return f1(exactPrecision(), exactRecall());
    }

    public double speakerAccuracy() {
        return ratio(speakerCorrect, speakerJudged);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
