package io.concord.summary;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SelectionTest {
    private static final List<SourceDocument> CLUSTER = List.of(
            new SourceDocument("d1", List.of(
                    "The Karvel dam reservoir near Pendrow fell to its lowest level in forty years this week.",
                    "Farmers in the Pendrow valley have been told to cut irrigation by a third.",
                    "The water board blamed a dry spring and unusually hot summer.")),
            new SourceDocument("d2", List.of(
                    "The Karvel dam reservoir fell to its lowest level in forty years, officials in Pendrow said.",
                    "The water board will open an emergency pipeline from the Osk river next month.",
                    "Swimming at the reservoir beach has been banned.")),
            new SourceDocument("d3", List.of(
                    "Officials said the Karvel dam reservoir was at its lowest level in forty years.",
                    "An emergency pipeline from the Osk river is expected to supply Pendrow by next month.",
                    "Anglers reported dead fish along the drying shoreline.")));

    @Test
    void conceptsWeighDocumentsAndSkipFunctionWordPairs() {
        ClusterText c = ClusterText.of(CLUSTER);
        ConceptSelector.Concepts k = ConceptSelector.Concepts.of(c);
        assertEquals(3.0, k.weight().get("karvel dam"));
        assertEquals(2.0, k.weight().get("emergency pipeline"));
        assertFalse(k.weight().containsKey("in the"), "two function words are no concept");
        assertFalse(ConceptSelector.isConcept("of the"));
        assertTrue(ConceptSelector.isConcept("osk river"));
        // once the first sentence is covered, the second report of the same fact adds less than new content
        Set<String> covered = new HashSet<>();
        k.cover(0, covered);
        assertTrue(k.gain(3, covered) < k.gain(0, new HashSet<>()));
        assertEquals(0.0, k.gain(0, covered));
    }

    @Test
    void everySelectionKeepsTheBudgetAndAvoidsRepeats() {
        for (Selection selection : Selection.values()) {
            ConcordSummarizer s = new ConcordSummarizer(ConcordSummarizer.Weights.defaults(),
                    BudgetMode.WHOLE_SENTENCES, null, selection);
            List<SummarySentence> out = s.summarize(CLUSTER, 40, null);
            int words = out.stream().mapToInt(x -> Terms.countWords(x.text())).sum();
            assertFalse(out.isEmpty(), selection.name());
            assertTrue(words <= 40, selection + " used " + words + " words");
            long reservoir = out.stream().filter(x -> x.text().contains("lowest level")).count();
            assertEquals(1, reservoir, selection + " should report the shared fact once: " + out);
            SummarySentence lead = out.stream().filter(x -> x.text().contains("lowest level")).findFirst().orElseThrow();
            assertEquals(3, lead.sources().size(), selection + " should credit all three reports");
        }
    }

    @Test
    void submodularRewardPrefersANewGroupOverANearDuplicate() {
        ClusterText c = ClusterText.of(CLUSTER);
        double[] relevance = new double[c.size()];
        for (int i = 0; i < c.size(); i++) {
            String t = c.unit(i).text();
            relevance[i] = t.contains("lowest level") ? 1.0 : t.contains("pipeline") ? 0.6 : 0.1;
        }
        List<Integer> chosen = new SubmodularSelector(0.1, 1.0, 0.0, 0.3)
                .select(c, relevance, 35, BudgetMode.WHOLE_SENTENCES);
        assertEquals(2, chosen.size(), chosen.toString());
        assertTrue(c.unit(chosen.get(0)).text().contains("lowest level"));
        assertTrue(c.unit(chosen.get(1)).text().contains("pipeline"),
                "the second pick should open a new group: " + c.unit(chosen.get(1)).text());
    }
}
