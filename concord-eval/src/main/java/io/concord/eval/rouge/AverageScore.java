package io.concord.eval.rouge;

/**
 * One metric averaged over a set of summaries, with the bounds of its confidence interval (all three
 * are {@link Prf}s: the interval of recall, of precision and of F).
 */
public record AverageScore(Prf average, Prf lower, Prf upper) {
}
