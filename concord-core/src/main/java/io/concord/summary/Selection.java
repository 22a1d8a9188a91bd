package io.concord.summary;

/**
 * How {@link ConcordSummarizer} picks sentences once each has a relevance score.
 * {@link #MMR}: greedy maximal marginal relevance (relevance minus the highest similarity to a chosen
 * sentence). {@link #SUBMODULAR}: greedy maximisation of Lin and Bilmes' (2011) monotone submodular objective,
 * saturated coverage of the cluster plus a concave diversity reward over groups of similar sentences.
 * {@link #CONCEPTS}: greedy maximisation of the weight of distinct content bigrams covered (Gillick and
 * Favre's concept objective; a bigram weighs the number of documents that contain it) plus relevance.
 */
public enum Selection {
    MMR,
    SUBMODULAR,
    CONCEPTS
}
