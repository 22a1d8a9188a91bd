package io.concord.eval.rouge;

/**
 * One ROUGE figure: recall, precision and F-measure, each in [0, 1].
 *
 * <p>Values produced by {@link Rouge} are rounded to five decimals, as ROUGE-1.5.5 prints and
 * averages them (its per-summary scores are {@code sprintf("%7.5f")} strings, and F is computed
 * from the already rounded recall and precision).
 */
public record Prf(double recall, double precision, double f) {
    /** All zero: what ROUGE-1.5.5 reports when there is nothing to compare. */
    public static final Prf ZERO = new Prf(0, 0, 0);

    public Prf {
        check("recall", recall);
        check("precision", precision);
        check("f", f);
    }

    private static void check(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be within [0, 1], was " + value);
        }
    }
}
