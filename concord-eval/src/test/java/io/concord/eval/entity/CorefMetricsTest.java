package io.concord.eval.entity;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CorefMetricsTest {
    /** Bagga and Baldwin's example: gold {1-5}, {6-7}, {8-12}; the system joins the last two clusters. */
    private static final List<String> GOLD = labels("a", 5, "b", 2, "c", 5);
    private static final List<String> JOINED = labels("x", 5, "y", 7);

    private static List<String> labels(Object... spec) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < spec.length; i += 2) {
            for (int k = 0; k < (Integer) spec[i + 1]; k++) {
                out.add((String) spec[i]);
            }
        }
        return out;
    }

    @Test
    void bCubedOfAJoinedClusterLosesPrecisionOnly() {
        CorefMetrics.Score s = CorefMetrics.bCubed(GOLD, JOINED);
        assertEquals(64.0 / 7 / 12, s.precision(), 1e-9);
        assertEquals(1.0, s.recall(), 1e-9);
    }

    @Test
    void mucCountsLinks() {
        CorefMetrics.Score s = CorefMetrics.muc(GOLD, JOINED);
        assertEquals(0.9, s.precision(), 1e-9);
        assertEquals(1.0, s.recall(), 1e-9);
    }

    @Test
    void pairwiseAndSingletons() {
        CorefMetrics.Score s = CorefMetrics.pairwise(GOLD, JOINED);
        assertEquals(1.0, s.recall(), 1e-9);
        assertEquals((10.0 + 1 + 10) / (10 + 21), s.precision(), 1e-9);
        List<String> singletons = new ArrayList<>();
        for (int i = 0; i < GOLD.size(); i++) {
            singletons.add("s" + i);
        }
        CorefMetrics.Score b = CorefMetrics.bCubed(GOLD, singletons);
        assertEquals(1.0, b.precision(), 1e-9);
        assertEquals((5 * 0.2 + 2 * 0.5 + 5 * 0.2) / 12, b.recall(), 1e-9);
        assertEquals(0.0, CorefMetrics.muc(GOLD, singletons).recall(), 1e-9);
        assertEquals(1.0, CorefMetrics.bCubed(GOLD, GOLD).f1(), 1e-9);
    }

    @Test
    void mismatchedListsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> CorefMetrics.bCubed(List.of("a"), List.of()));
    }
}
