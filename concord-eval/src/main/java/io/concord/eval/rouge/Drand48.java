package io.concord.eval.rouge;

/**
 * The 48-bit linear congruential generator of POSIX {@code drand48}, which Perl's {@code srand} and
 * {@code rand} use (Perl has carried its own copy of it since 5.20; before, it called the C library's).
 * Needed to repeat ROUGE-1.5.5's bootstrap resampling, which seeds with {@code srand(i)} for
 * resample i.
 */
final class Drand48 {
    private static final long MULTIPLIER = 0x5DEECE66DL;
    private static final long ADDEND = 0xBL;
    private static final long MASK = (1L << 48) - 1;

    private long state;

    /** {@code srand48(seed)}: the seed's low 32 bits above the constant 0x330E. */
    Drand48(long seed) {
        state = ((seed & 0xFFFFFFFFL) << 16) | 0x330EL;
    }

    /** The next value in [0, 1). */
    double next() {
        state = (state * MULTIPLIER + ADDEND) & MASK;
        return state / (double) (1L << 48);
    }

    /** Perl's {@code int(rand(n))}. */
    int nextInt(int n) {
        return (int) (n * next());
    }
}
