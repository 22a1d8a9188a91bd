package io.concord.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Greedy concept coverage under a word budget, after Gillick and Favre's (2009) ILP: a concept is a
 * content bigram (not two function words) found in at least two sentences, weighted by the number of
 * documents that contain it; each step takes the sentence with the best (weight of its concepts not yet
 * covered, scaled to the best single sentence, plus {@code relevanceWeight} times its relevance) per word
 * raised to {@code costExponent}. Stateless and thread-safe.
 */
final class ConceptSelector {
    private final double relevanceWeight;
    private final double costExponent;

    ConceptSelector(double relevanceWeight, double costExponent) {
        this.relevanceWeight = relevanceWeight;
        this.costExponent = costExponent;
    }

    List<Integer> select(ClusterText c, double[] relevance, int budget, BudgetMode mode) {
        Concepts concepts = Concepts.of(c);
        Set<String> covered = new HashSet<>();
        return BudgetedGreedy.select(c, budget, mode, costExponent,
                s -> concepts.gain(s, covered) + relevanceWeight * relevance[s],
                best -> concepts.cover(best, covered));
    }

    /** The concepts of every sentence, their weights, and the best single sentence's total weight. */
    record Concepts(List<List<String>> concepts, Map<String, Double> weight, double scale) {
        static Concepts of(ClusterText c) {
            int n = c.size();
            Map<String, Set<Integer>> docs = new HashMap<>();
            Map<String, Integer> sentences = new HashMap<>();
            List<List<String>> concepts = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                List<String> own = new ArrayList<>();
                for (String b : c.unit(i).bigrams()) {
                    if (isConcept(b)) {
                        own.add(b);
                        docs.computeIfAbsent(b, k -> new HashSet<>()).add(c.unit(i).doc());
                        sentences.merge(b, 1, Integer::sum);
                    }
                }
                concepts.add(own);
            }
            Map<String, Double> weight = new HashMap<>();
            sentences.forEach((b, count) -> {
                if (count >= 2) {
                    weight.put(b, (double) docs.get(b).size());
                }
            });
            double scale = 0;
            for (List<String> own : concepts) {
                double w = 0;
                for (String b : own) {
                    w += weight.getOrDefault(b, 0.0);
                }
                scale = Math.max(scale, w);
            }
            return new Concepts(concepts, weight, scale > 0 ? scale : 1);
        }

        /** Weight of the concepts of sentence {@code s} not in {@code covered}, scaled to the best sentence. */
        double gain(int s, Set<String> covered) {
            double g = 0;
            for (String b : concepts.get(s)) {
                if (!covered.contains(b)) {
                    g += weight.getOrDefault(b, 0.0);
                }
            }
            return g / scale;
        }

        /** Adds the concepts of sentence {@code s} to {@code covered}. */
        void cover(int s, Set<String> covered) {
            covered.addAll(concepts.get(s));
        }
    }

    /** A bigram of stems is a concept unless both its words are function words. */
    static boolean isConcept(String bigram) {
        int space = bigram.indexOf(' ');
        return !(Terms.isStopword(bigram.substring(0, space)) && Terms.isStopword(bigram.substring(space + 1)));
    }
}
