package io.concord.eval.timex;

/**
 * Counts behind the TempEval-3 time-expression measures, summable over documents.
 *
 * @param gold         gold TIMEX3 annotations
 * @param system       system TIMEX3 annotations
 * @param strict       pairs with exactly the same span
 * @param relaxed      pairs whose spans overlap (strict pairs included)
 * @param valueCorrect relaxed pairs with the same value
 * @param typeCorrect  relaxed pairs with the same type
 */
public record TimexCounts(int gold, int system, int strict, int relaxed, int valueCorrect, int typeCorrect) {
    public static final TimexCounts ZERO = new TimexCounts(0, 0, 0, 0, 0, 0);

    public TimexCounts plus(TimexCounts o) {
        return new TimexCounts(gold + o.gold, system + o.system, strict + o.strict, relaxed + o.relaxed,
                valueCorrect + o.valueCorrect, typeCorrect + o.typeCorrect);
    }

    public double strictPrecision() {
        return ratio(strict, system);
    }

    public double strictRecall() {
        return ratio(strict, gold);
    }

    public double strictF1() {
        return f1(strictPrecision(), strictRecall());
    }

    public double relaxedPrecision() {
        return ratio(relaxed, system);
    }

    public double relaxedRecall() {
        return ratio(relaxed, gold);
    }

    public double relaxedF1() {
        return f1(relaxedPrecision(), relaxedRecall());
    }

    /** TempEval-3 value F1: a true positive needs an overlapping span and the same value. */
    public double valueF1() {
        return f1(ratio(valueCorrect, system), ratio(valueCorrect, gold));
    }

    /** Share of relaxed matches with the right value. */
    public double valueAccuracy() {
        return ratio(valueCorrect, relaxed);
    }

    /** Share of relaxed matches with the right type. */
    public double typeAccuracy() {
        return ratio(typeCorrect, relaxed);
    }

    /** TempEval-3 type F1: a true positive needs an overlapping span and the same type. */
    public double typeF1() {
        return f1(ratio(typeCorrect, system), ratio(typeCorrect, gold));
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
