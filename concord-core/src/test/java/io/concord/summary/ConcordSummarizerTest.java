package io.concord.summary;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConcordSummarizerTest {
    private static final List<SourceDocument> CLUSTER = List.of(
            new SourceDocument("a1", List.of(
                    "The Velmora river bridge in the town of Orlisk was closed on Monday after inspectors found cracks in two support pillars.",
                    "Engineers from the regional transport office said repairs could take up to six months.",
                    "Commuters were advised to use the ferry service, which added three extra crossings a day.",
                    "The bridge carries about 14,000 vehicles daily, according to the transport office.")),
            new SourceDocument("a2", List.of(
                    "Inspectors found cracks in two support pillars of the Velmora river bridge, and Orlisk closed it on Monday.",
                    "Mayor Tessa Brandvik called the closure painful but necessary for public safety.",
                    "Local shop owners on the east bank fear a drop in customers during the repairs.",
                    "A temporary footbridge is being considered by the council.")),
            new SourceDocument("a3", List.of(
                    "Orlisk's main bridge over the Velmora has been shut because of cracked support pillars.",
                    "The regional transport office estimated that repairs may last six months.",
                    "School buses will be rerouted through the northern highway, adding twenty minutes to each trip.",
                    "Weather forecasters expect heavy rain later in the week.")));

    private final ConcordSummarizer summarizer = new ConcordSummarizer(ConcordSummarizer.Weights.defaults(),
            BudgetMode.WHOLE_SENTENCES, null);

    private static int words(List<SummarySentence> s) {
        return s.stream().mapToInt(x -> Terms.countWords(x.text())).sum();
    }

    @Test
    void staysWithinTheBudgetWithWholeSentencesFromTheInput() {
        List<SummarySentence> s = summarizer.summarize(CLUSTER, 60, null);
        assertFalse(s.isEmpty());
        assertTrue(words(s) <= 60, "words: " + words(s));
        for (SummarySentence x : s) {
            SourceDocument own = CLUSTER.stream().filter(d -> d.id().equals(x.article())).findFirst().orElseThrow();
            assertTrue(own.sentences().contains(x.text()), x.text());
            assertEquals(x.article(), x.sources().get(0));
        }
    }

    @Test
    void fillModeRunsToTheBudget() {
        ConcordSummarizer fill = new ConcordSummarizer(ConcordSummarizer.Weights.defaults(), BudgetMode.FILL, null);
        List<SummarySentence> s = fill.summarize(CLUSTER, 60, null);
        assertTrue(words(s) >= 60, "words: " + words(s));
        assertTrue(words(s) - Terms.countWords(s.get(s.size() - 1).text()) < 60 || s.size() == 1);
    }

    @Test
    void theStoryAllArticlesReportComesFirstAndOnceWithAllItsSources() {
        List<SummarySentence> s = summarizer.summarize(CLUSTER, 45, null);
        List<SummarySentence> closure = s.stream().filter(x -> x.text().contains("pillars")).toList();
        assertEquals(1, closure.size(), "the closure is reported three times and must be chosen once: " + s);
        assertTrue(closure.get(0).sources().containsAll(List.of("a1", "a2")), closure.get(0).sources().toString());
    }

    @Test
    void nearIdenticalSentencesFromTwoDocumentsAreChosenOnceAndCiteBoth() {
        List<SourceDocument> docs = List.of(
                new SourceDocument("x", List.of("The museum of glass in Tarnwick will reopen on June 3 after a two-year renovation costing 12 million crowns.",
                        "Its new wing holds a collection of medieval stained windows.")),
                new SourceDocument("y", List.of("The museum of glass in Tarnwick will reopen on June 3 after a two-year renovation that cost 12 million crowns.",
                        "Tickets go on sale next week at reduced prices for students.")));
        List<SummarySentence> s = summarizer.summarize(docs, 200, null);
        long reopen = s.stream().filter(x -> x.text().contains("reopen")).count();
        assertEquals(1, reopen, s.toString());
        SummarySentence r = s.stream().filter(x -> x.text().contains("reopen")).findFirst().orElseThrow();
        assertEquals(List.of(r.article(), r.article().equals("x") ? "y" : "x"), r.sources());
        assertEquals(3, s.size(), "the two distinct sentences are kept: " + s);
    }

    @Test
    void aFocusPullsMatchingSentencesIn() {
        List<SummarySentence> plain = summarizer.summarize(CLUSTER, 30, null);
        assertTrue(plain.stream().noneMatch(x -> x.text().contains("School buses")), plain.toString());
        List<SummarySentence> focused = summarizer.summarize(CLUSTER, 30, "school buses rerouted");
        assertTrue(focused.stream().anyMatch(x -> x.text().contains("School buses")), focused.toString());
        assertTrue(words(focused) <= 30);
    }

    @Test
    void emptyAndDegenerateInputGiveEmptyOrSensibleOutput() {
        assertTrue(summarizer.summarize(List.of(), 100, null).isEmpty());
        assertTrue(summarizer.summarize(null, 100, null).isEmpty());
        assertTrue(summarizer.summarize(CLUSTER, 0, null).isEmpty());
        assertTrue(summarizer.summarize(List.of(new SourceDocument("e", List.of()),
                new SourceDocument("f", List.of("  "))), 100, null).isEmpty());
        List<SummarySentence> tiny = summarizer.summarize(List.of(new SourceDocument("t", List.of("Rain."))), 100, null);
        assertEquals(List.of(new SummarySentence("Rain.", "t", List.of("t"))), tiny);
        List<SummarySentence> one = summarizer.summarize(List.of(CLUSTER.get(0)), 40, "");
        assertFalse(one.isEmpty());
        assertTrue(one.stream().allMatch(x -> x.sources().equals(List.of("a1"))));
    }

    @Test
    void wireCopiesAreCollapsedAndCited() {
        SourceDocument copy = new SourceDocument("a1-copy", CLUSTER.get(0).sentences());
        List<SourceDocument> docs = List.of(CLUSTER.get(0), copy, CLUSTER.get(2));
        List<SummarySentence> s = summarizer.summarize(docs, 500, null);
        List<String> texts = s.stream().map(SummarySentence::text).toList();
        assertEquals(texts.size(), texts.stream().distinct().count(), "no sentence twice: " + texts);
        for (SummarySentence x : s) {
            if (CLUSTER.get(0).sentences().contains(x.text())) {
                assertTrue(x.sources().contains("a1") && x.sources().contains("a1-copy"), x.toString());
            }
        }
    }

    @Test
    void fiftyDocumentsAndForeignTextDoNotBreakIt() {
        List<SourceDocument> many = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            many.add(new SourceDocument("m" + i, List.of(
                    "Report " + i + " says the harbour of Quellin reopened after the storm damaged " + (i + 3) + " piers.",
                    "Fishermen number " + i + " returned to sea on Tuesday.")));
        }
        List<SummarySentence> s = summarizer.summarize(many, 100, null);
        assertFalse(s.isEmpty());
        assertTrue(words(s) <= 100);
        List<SourceDocument> foreign = List.of(
                new SourceDocument("de", List.of("Der Hafen von Quellin wurde nach dem Sturm wieder geöffnet.",
                        "Die Fischer fuhren am Dienstag wieder aufs Meer hinaus.")),
                new SourceDocument("zh", List.of("奎林港在风暴过后重新开放。", "渔民们星期二重新出海。")));
        List<SummarySentence> f = summarizer.summarize(foreign, 50, "Hafen");
        assertFalse(f.isEmpty());
        assertTrue(f.stream().anyMatch(x -> x.text().contains("Hafen")));
    }
}
