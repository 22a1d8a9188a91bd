package io.concord.eval.rouge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The ROUGE figures of one peer summary (or an average over many), by metric name:
 * {@code "ROUGE-1"} .. {@code "ROUGE-4"}, {@code "ROUGE-L"}, {@code "ROUGE-SU4"} (the skip distance
 * is part of the name, so another distance d gives {@code "ROUGE-SU<d>"}). Iteration order is the
 * order in which ROUGE-1.5.5 prints the metrics.
 */
public record RougeScores(Map<String, Prf> scores) {
    public RougeScores {
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }

    /** The figure for {@code metric}; throws if it was not computed (see {@link RougeOptions}). */
    public Prf get(String metric) {
        Prf prf = scores.get(metric);
        if (prf == null) {
            throw new NoSuchElementException("ROUGE metric " + metric + " was not computed; computed: "
                    + scores.keySet());
        }
        return prf;
    }

    public boolean has(String metric) {
        return scores.containsKey(metric);
    }

    /** ROUGE-N for n in 1..4. */
    public Prf rougeN(int n) {
        return get("ROUGE-" + n);
    }

    public Prf rougeL() {
        return get("ROUGE-L");
    }

    public Prf rougeSU4() {
        return get("ROUGE-SU4");
    }
}
