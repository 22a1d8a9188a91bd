package io.concord.eval.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SnippetScorerTest {
    @Test
    void countsSnippetsLikeTrafilaturasEvaluation() {
        String output = "The ferry left at dawn.\n\nPassengers  waited\u00a0on the quay.";
        SnippetCounts c = SnippetScorer.score(output,
                List.of("ferry left at dawn", "waited on the quay", "the captain waved"),
                List.of("Subscribe now", "Passengers waited"));
        assertEquals(new SnippetCounts(2, 1, 1, 1), c);
        assertEquals(2.0 / 3, c.precision(), 1e-9);
        assertEquals(2.0 / 3, c.recall(), 1e-9);
        assertEquals(4.0 / 6, c.f1(), 1e-9);
    }

    @Test
    void snippetsAcrossParagraphsMatchOnceWhitespaceIsCollapsed() {
        assertEquals(new SnippetCounts(1, 0, 0, 0),
                SnippetScorer.score("at dawn.\n\nPassengers", List.of("dawn. Passengers"), List.of()));
    }

    @Test
    void nullOutputMissesEverything() {
        assertEquals(new SnippetCounts(0, 2, 0, 1), SnippetScorer.score(null, List.of("a", "b"), List.of("c")));
        assertEquals(0.0, SnippetCounts.ZERO.f1());
    }
}
