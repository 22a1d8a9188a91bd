package io.concord.eval.baseline;

import io.concord.summary.BudgetMode;
import io.concord.summary.SourceDocument;
import io.concord.summary.Summarizer;
import io.concord.summary.SummarySentence;
import io.concord.summary.Terms;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BaselinesTest {
    static final List<SourceDocument> CLUSTER = List.of(
            new SourceDocument("d1", List.of(
                    "A fire destroyed the old grain mill in Harnsby early on Sunday, the county fire service said.",
                    "Nobody was injured, but the blaze burned for nine hours.",
                    "The mill, built in 1871, had been converted into a craft market.")),
            new SourceDocument("d2", List.of(
                    "Firefighters battled a blaze at Harnsby's historic grain mill for nine hours on Sunday.",
                    "Traders who rented stalls in the craft market lost their stock.",
                    "An electrical fault is the suspected cause.")),
            new SourceDocument("d3", List.of(
                    "The county fire service said the Harnsby mill fire started shortly after 2 a.m.",
                    "The old grain mill in Harnsby was destroyed by fire early on Sunday, the county fire service said.",
                    "The council promised help for the traders.")));

    private static int words(List<SummarySentence> s) {
        return s.stream().mapToInt(x -> Terms.countWords(x.text())).sum();
    }

    @Test
    void leadTakesFirstSentencesRoundRobin() {
        List<SummarySentence> s = new LeadSummarizer(BudgetMode.FILL).summarize(CLUSTER, 40, null);
        assertEquals(List.of(CLUSTER.get(0).sentences().get(0), CLUSTER.get(1).sentences().get(0),
                CLUSTER.get(2).sentences().get(0)), s.stream().map(SummarySentence::text).toList());
        List<SummarySentence> whole = new LeadSummarizer(BudgetMode.WHOLE_SENTENCES).summarize(CLUSTER, 40, null);
        assertTrue(words(whole) <= 40);
        assertEquals(List.of("d1", "d3"), s.get(0).sources(), "the destroyed-mill sentence is also in d3");
    }

    @Test
    void scoreBasedBaselinesGiveSaneNonRepeatingSummaries() {
        for (Summarizer m : List.of(new LexRankSummarizer(BudgetMode.WHOLE_SENTENCES),
                new TextRankSummarizer(BudgetMode.WHOLE_SENTENCES), new CentroidSummarizer(BudgetMode.WHOLE_SENTENCES))) {
            List<SummarySentence> s = m.summarize(CLUSTER, 50, null);
            String name = m.getClass().getSimpleName();
            assertFalse(s.isEmpty(), name);
            assertTrue(words(s) <= 50, name + " over budget: " + words(s));
            long destroyed = s.stream().filter(x -> x.text().contains("destroyed")).count();
            assertTrue(destroyed <= 1, name + " repeats the same content: " + s);
            assertTrue(s.stream().anyMatch(x -> x.text().contains("mill")), name + " misses the central event: " + s);
            for (SummarySentence x : s) {
                assertEquals(x.article(), x.sources().get(0));
            }
            assertTrue(m.summarize(List.of(), 50, null).isEmpty(), name);
            assertTrue(m.summarize(List.of(new SourceDocument("e", List.of())), 50, null).isEmpty(), name);
        }
    }

    @Test
    void oraclePicksWhatTheReferenceSays() {
        String reference = "Traders lost their stock when fire hit the mill. An electrical fault is the suspected cause.";
        List<SummarySentence> s = new GreedyOracle().summarize(CLUSTER, List.of(reference), 30);
        List<String> texts = s.stream().map(SummarySentence::text).toList();
        assertTrue(texts.contains("An electrical fault is the suspected cause."), texts.toString());
        assertTrue(texts.contains("Traders who rented stalls in the craft market lost their stock."), texts.toString());
        assertTrue(new GreedyOracle().summarize(CLUSTER, List.of(), 30).isEmpty());
    }
}
