package io.concord.embed;

import java.util.List;

/**
 * Turns sentences into dense vectors whose cosine reflects closeness of meaning. Implementations are
 * thread-safe; vectors have unit length, so the dot product is the cosine.
 */
public interface SentenceEmbedder {

    /** One unit-length vector per sentence, in input order; an empty or blank sentence gets a zero vector. */
    float[][] embed(List<String> sentences);

    /** Length of every vector. */
    int dimension();

    /** Cosine of two vectors of the same length (0 when either is zero). */
    static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of different length: " + a.length + " and " + b.length);
        }
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
