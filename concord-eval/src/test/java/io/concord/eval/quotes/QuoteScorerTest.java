package io.concord.eval.quotes;

import io.concord.nlp.Token;
import io.concord.quote.Quote;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteScorerTest {
    // 0         1         2         3         4         5         6         7         8         9
    // 0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123
    private static final String TEXT =
            "\"The dam is safe,\" engineer Ann Cole said. Officials said the lake was rising. "
            + "The mayor called it \"a slow disaster\" on Monday.";
    private static final String ANN = String.join("\n",
            "T1\tContent 0 18\t\"The dam is safe,\"",
            "T2\tSource 28 36\tAnn Cole",
            "T3\tCue 37 41\tsaid",
            "T4\tAttribution 37 41\tsaid",
            "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
            "T5\tSource 43 52\tOfficials",
            "T6\tCue 53 57\tsaid",
            "T7\tContent 58 78\tthe lake was rising.",
            "T8\tAttribution 53 57\tsaid",
            "E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7",
            "T9\tSource 79 88\tThe mayor",
            "T10\tCue 89 95\tcalled",
            "T11\tContent 96 116;117 126\tit \"a slow disaster\" on Monday",
            "T12\tAttribution 89 95\tcalled",
            "E3\tAttribution:T12 Source:T9 Cue:T10 Content:T11",
            "T13\tDiscard 0 1\t\"");

    private static List<Token> tokens() {
        List<Token> ts = new ArrayList<>();
        ts.add(new Token("engineer", "engineer", "NN", "O", 19, 27));
        ts.add(new Token("Ann", "Ann", "NNP", "PERSON", 28, 31));
        ts.add(new Token("Cole", "Cole", "NNP", "PERSON", 32, 36));
        ts.add(new Token("Officials", "official", "NNS", "O", 43, 52));
        ts.add(new Token("The", "the", "DT", "O", 79, 82));
        ts.add(new Token("mayor", "mayor", "NN", "O", 83, 88));
        return ts;
    }

    @Test
    void readsBratSpansAndEvents() {
        List<GoldAttribution> gold = BratAttributions.parse(ANN, TEXT, "test.ann");
        assertEquals(3, gold.size());
        assertEquals(List.of(new Span(96, 116), new Span(117, 126)), gold.get(2).content());
        assertEquals(List.of(new Span(28, 36)), gold.get(0).source());
        assertTrue(QuoteScorer.isDirect(TEXT, gold.get(0)));
        assertFalse(QuoteScorer.isDirect(TEXT, gold.get(1)));
        assertTrue(QuoteScorer.isDirect(TEXT, gold.get(2)));
    }

    @Test
    void scoresOverlapExactAndSpeaker() {
        List<GoldAttribution> gold = BratAttributions.parse(ANN, TEXT, "test.ann");
        List<Quote> predicted = List.of(
                new Quote("The dam is safe,", null, "Ann Cole", "said", "a1", 1, 17),
                new Quote("a slow disaster", null, null, "called", "a1", 100, 115),
                new Quote("rising", null, null, null, "a1", 71, 77));
        QuoteCounts c = QuoteScorer.score(TEXT, gold, predicted, tokens());
        assertEquals(3, c.predicted());
        assertEquals(2, c.gold());
        assertEquals(2, c.predOverlap()); // "rising" overlaps only an indirect attribution
        assertEquals(2, c.goldOverlap());
        assertEquals(1, c.predExact()); // "The dam is safe," equals T1 modulo marks and comma
        assertEquals(1, c.goldExact());
        assertEquals(1, c.speakerJudged()); // "The mayor" is not a name
        assertEquals(1, c.speakerCorrect());
        assertEquals(2.0 / 3, c.overlapPrecision(), 1e-9);
        assertEquals(1.0, c.overlapRecall(), 1e-9);
        assertEquals(0.8, c.overlapF1(), 1e-9);
        assertEquals(0.5, c.exactRecall(), 1e-9);
    }

    @Test
    void wrongSpeakerIsCountedAgainst() {
        List<GoldAttribution> gold = BratAttributions.parse(ANN, TEXT, "test.ann");
        QuoteCounts c = QuoteScorer.score(TEXT, gold,
                List.of(new Quote("The dam is safe,", null, "Ann Lee", "said", "a1", 1, 17)), tokens());
        assertEquals(1, c.speakerJudged());
        assertEquals(0, c.speakerCorrect());
        assertEquals(0.0, c.speakerAccuracy());
    }

    @Test
    void sourceHeadNameIgnoresNamesInAppositions() {
        String text = "Ann Cole, a friend of Bob Hart, said so.";
        List<Token> ts = List.of(
                new Token("Ann", "Ann", "NNP", "PERSON", 0, 3), new Token("Cole", "Cole", "NNP", "PERSON", 4, 8),
                new Token(",", ",", ",", "O", 8, 9), new Token("a", "a", "DT", "O", 10, 11),
                new Token("friend", "friend", "NN", "O", 12, 18), new Token("of", "of", "IN", "O", 19, 21),
                new Token("Bob", "Bob", "NNP", "PERSON", 22, 25), new Token("Hart", "Hart", "NNP", "PERSON", 26, 30));
        GoldAttribution g = new GoldAttribution(List.of(new Span(36, 39)), List.of(new Span(0, 30)), List.of());
        assertEquals("cole", QuoteScorer.sourceName(g, ts));
        assertEquals(text.length(), 40);
    }

    @Test
    void properNounsModifyingADescriptionAreNotAName() {
        List<Token> ts = List.of(new Token("The", "the", "DT", "O", 0, 3),
                new Token("New", "New", "NNP", "LOCATION", 4, 7), new Token("York", "York", "NNP", "LOCATION", 8, 12),
                new Token("businessman", "businessman", "NN", "O", 13, 24));
        GoldAttribution described = new GoldAttribution(List.of(new Span(30, 40)), List.of(new Span(0, 24)), List.of());
        assertEquals(null, QuoteScorer.sourceName(described, ts));
        List<Token> post = List.of(new Token("The", "the", "DT", "O", 0, 3),
                new Token("Post", "Post", "NNP", "ORGANIZATION", 4, 8));
        GoldAttribution named = new GoldAttribution(List.of(new Span(30, 40)), List.of(new Span(0, 8)), List.of());
        assertEquals("post", QuoteScorer.sourceName(named, post));
    }

    @Test
    void malformedAnnotationNamesFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BratAttributions.parse("T1\tContent 5 900\tx", TEXT, "bad.ann"));
        assertTrue(e.getMessage().startsWith("bad.ann:1:"), e.getMessage());
    }
}
