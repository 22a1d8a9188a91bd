package io.concord.brief;

import io.concord.article.Article;
import io.concord.article.DateSource;
import io.concord.article.Ingested;
import io.concord.article.Problem;
import io.concord.nlp.AnalyzedArticle;
import io.concord.nlp.Analyzer;
import io.concord.nlp.Sentence;
import io.concord.summary.ConcordSummarizer;
import io.concord.summary.SummarySentence;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the builder wires the stages, with a plain sentence splitter standing in for CoreNLP. */
class BriefBuilderTest {
    /** Splits on sentence-final punctuation; no tokens, entities or dates (those stages are tested on CoreNLP). */
    static final class PlainSentences implements Analyzer {
        private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]");

        @Override
        public AnalyzedArticle analyze(Article article) {
            if (article.text().contains("FAIL")) {
                throw new IllegalStateException("cannot analyse");
            }
            List<Sentence> out = new ArrayList<>();
            Matcher m = SENTENCE.matcher(article.text());
            while (m.find()) {
                String s = m.group().strip();
                int begin = article.text().indexOf(s, m.start());
                out.add(new Sentence(out.size(), 0, s, begin, begin + s.length(), List.of(), List.of(), List.of()));
            }
            return new AnalyzedArticle(article, out);
        }
    }

    private static final String WIRE = "The Lindqvist container terminal closed on Monday after a warehouse fire. "
            + "Firefighters fought the blaze for nine hours before bringing it under control. "
            + "Ships were diverted to the neighbouring terminal at Ostvik while cranes were inspected. "
            + "Shipping companies warned that deliveries could be delayed by several days.";

    private static Article article(String id, String outlet, String text, String date) {
        return new Article(id, "Terminal fire " + id, text, outlet, null, id + ".txt", null,
                date == null ? null : LocalDate.parse(date), DateSource.METADATA);
    }

    private static Brief build(List<Article> articles, List<Problem> problems) {
        BriefBuilder builder = new BriefBuilder(PlainSentences::new, 2, new ConcordSummarizer());
        return builder.build(new Ingested(articles, problems), new BriefBuilder.Options(60, null));
    }

    @Test
    void wireCopiesAreMarkedAndCitedButNeverSummarisedTwice() {
        Brief b = build(List.of(
                article("a1", "Harbour Daily", WIRE, "2024-06-03"),
                article("a2", "Coast Courier", WIRE, "2024-06-04"),
                article("a3", "Port Radio", "The terminal at Lindqvist reopened on Thursday after the cranes passed "
                        + "inspection. The port authority said the fire was caused by an electrical fault.", "2024-06-06")),
                List.of());
        assertEquals("a1", b.articles().get(1).duplicateOf());
        assertNull(b.articles().get(0).duplicateOf());
        assertFalse(b.summary().isEmpty());
        for (SummarySentence s : b.summary()) {
            assertFalse(s.article().equals("a2"), "a copy is not summarised on its own: " + s);
            if (s.article().equals("a1")) {
                assertTrue(s.sources().contains("a2"), "the copy's outlet is cited with its original: " + s);
            }
        }
        assertEquals(List.of("Harbour Daily", "Coast Courier", "Port Radio"), b.story().outlets());
        assertEquals("2024-06-03", b.story().from());
        assertEquals("2024-06-06", b.story().to());
    }

    @Test
    void inputProblemsAndAnalysisFailuresAreReportedNotDropped() {
        Brief b = build(List.of(article("a1", "Harbour Daily", WIRE, null),
                        article("a2", "Broken Feed", "FAIL. This text breaks the analyser.", null)),
                List.of(new Problem("notes.pdf", "not a supported format")));
        assertEquals(1, b.articles().size());
        assertEquals(2, b.problems().size());
        assertEquals("notes.pdf", b.problems().get(0).path());
        assertTrue(b.problems().get(1).path().equals("a2.txt") && b.problems().get(1).reason().contains("analysis failed"),
                b.problems().toString());
        assertNull(b.story().from(), "no article is dated, so the story has no date span");
    }

    @Test
    void bareQuotationsAndFragmentsAreNotSummaryCandidates() {
        assertFalse(BriefBuilder.readsAlone("\"By then the water was already at the door of every shop.\""));
        assertFalse(BriefBuilder.readsAlone("“We will rebuild the harbour wall before winter.”"));
        assertFalse(BriefBuilder.readsAlone("All rights reserved."));
        assertFalse(BriefBuilder.readsAlone("\"The wall will not hold another winter,\" she said."));
        assertFalse(BriefBuilder.readsAlone("He added that the wall would be rebuilt before winter."));
        assertTrue(BriefBuilder.readsAlone("She was elected mayor of the harbour town in 2019 by a wide margin."));
        assertTrue(BriefBuilder.readsAlone("\"We will rebuild the wall,\" the mayor said on Friday."));
        assertTrue(BriefBuilder.readsAlone("The harbour wall will be rebuilt before winter, the council said."));
    }
}
