package io.concord.eval.timex;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a {@link TimexBenchmark} run.
 *
 * @param overall     counts per variant over all documents
 * @param byCorpus    counts per corpus (first folder under the data folder) and variant
 * @param differences gold/system pairs of the {@code concord} variant whose values differ (including
 *                    missed and spurious annotations), for error analysis
 */
public record TimexBenchmarkResult(String data, int documents, double seconds, Map<String, TimexCounts> overall,
                                   Map<String, Map<String, TimexCounts>> byCorpus, List<Difference> differences) {
    public TimexBenchmarkResult {
        overall = Collections.unmodifiableMap(new LinkedHashMap<>(overall));
        byCorpus = Collections.unmodifiableMap(new LinkedHashMap<>(byCorpus));
        differences = List.copyOf(differences);
    }

    /** One gold/system disagreement; the text and value of a missing side are null. */
    public record Difference(String document, String goldText, String goldType, String goldValue,
                             String systemText, String systemType, String systemValue) {
        static Difference of(String document, TimexPair p) {
            return new Difference(document,
                    p.gold() == null ? null : p.gold().text(), p.gold() == null ? null : p.gold().type(),
                    p.gold() == null ? null : p.gold().value(),
                    p.system() == null ? null : p.system().text(), p.system() == null ? null : p.system().type(),
                    p.system() == null ? null : p.system().value());
        }
    }
}
