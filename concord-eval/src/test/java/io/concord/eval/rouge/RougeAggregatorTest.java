package io.concord.eval.rouge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RougeAggregatorTest {
    private static RougeScores r1(double r, double p, double f) {
        return new RougeScores(Map.of("ROUGE-1", new Prf(r, p, f)));
    }

    @Test
    void drand48MatchesTheCLibrary() {
        // values printed by glibc's srand48(seed); drand48()
        Drand48 zero = new Drand48(0);
        assertEquals(0.17082803610628972, zero.next());
        assertEquals(0.7499019804849638, zero.next());
        assertEquals(0.09637165562356742, zero.next());
        assertEquals(0.041630344771878214, new Drand48(1).next());
        assertEquals(0.10233439302919933, new Drand48(999).next());
    }

    @Test
    void meanAveragesEachMeasure() {
        RougeScores mean = RougeAggregator.mean(List.of(r1(0.2, 0.4, 0.3), r1(0.6, 0.8, 0.7)));
        assertEquals(0.4, mean.rougeN(1).recall(), 1e-12);
        assertEquals(0.6, mean.rougeN(1).precision(), 1e-12);
        assertEquals(0.5, mean.rougeN(1).f(), 1e-12);
    }

    @Test
    void rouge155AveragesBootstrapSampleMeansAsTheScriptDoes() {
        Map<String, RougeScores> byId = new LinkedHashMap<>();
        byId.put("d2.sys", r1(0.6, 0.6, 0.6)); // sorted second
        byId.put("d1.sys", r1(0.2, 0.2, 0.2));
        // sample 0 (srand 0): int(2 * .1708) = 0, int(2 * .7499) = 1 -> mean .4
        // sample 1 (srand 1): int(2 * .0416) = 0, int(2 * .4545) = 0 -> mean .2
        AverageScore a = RougeAggregator.rouge155(byId, 2, 95).get("ROUGE-1");
        assertEquals(0.3, a.average().recall(), 1e-12);
        // delta = 2 * 2.5 / 100 = .05; both bounds interpolate between sorted[0] and sorted[1] with .95
        assertEquals(0.39, a.lower().recall(), 1e-12);
        assertEquals(0.39, a.upper().recall(), 1e-12);
    }

    @Test
    void rouge155OfIdenticalScoresIsThatScore() {
        Map<String, RougeScores> byId = Map.of("a", r1(0.5, 0.25, 0.33333), "b", r1(0.5, 0.25, 0.33333));
        AverageScore a = RougeAggregator.rouge155(byId, 1000, 95).get("ROUGE-1");
        assertEquals(new Prf(0.5, 0.25, 0.33333), a.average());
        assertEquals(a.average(), a.lower());
        assertEquals(a.average(), a.upper());
    }
}
