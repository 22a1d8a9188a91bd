package io.concord.eval.rouge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** ROUGE on small examples computed by hand. */
class RougeTest {
    private static final Rouge PLAIN = new Rouge(RougeData.none());
    private static final RougeOptions NO_STEM = RougeOptions.builder().maxN(2).stem(false).build();

    private static void assertPrf(double r, double p, double f, Prf actual) {
        assertEquals(r, actual.recall(), 1e-9, "recall");
        assertEquals(p, actual.precision(), 1e-9, "precision");
        assertEquals(f, actual.f(), 1e-9, "f");
    }

    @Test
    void repeatedNgramsAreClippedToTheirCountInTheModel() {
        // model: the x2, cat, sat, on, mat (6 unigrams); peer: the x4, cat (5)
        RougeScores s = PLAIN.score("the the the the cat", List.of("the cat sat on the mat"), NO_STEM);
        // hits = min(4, 2) + 1 = 3; R = 3/6, P = 3/5, F = 2 * .5 * .6 / 1.1 = 0.545454.. -> 0.54545
        assertPrf(0.5, 0.6, 0.54545, s.rougeN(1));
        // bigrams: model 5 (the cat, cat sat, sat on, on the, the mat); peer 4 (the the x3, the cat); hit 1
        assertPrf(0.2, 0.25, 0.22222, s.rougeN(2));
    }

    @Test
    void ngramsRunAcrossSentenceBoundaries() {
        RougeScores s = PLAIN.score("red fox\njumps high", List.of("red fox jumps high"), NO_STEM);
        assertPrf(1, 1, 1, s.rougeN(2));
    }

    @Test
    void modelAveragePoolsCountsWhileBestModelTakesTheBestRecall() {
        String peer = "ant bee cat dog";
        List<String> models = List.of("ant bee elk fox", "ant bee cat gnu");
        RougeScores a = PLAIN.score(peer, models, NO_STEM);
        // -f A: hits 2 + 3 over model counts 4 + 4 and peer counts 4 + 4
        assertPrf(0.625, 0.625, 0.625, a.rougeN(1));
        RougeScores b = PLAIN.score(peer, models, NO_STEM.toBuilder().modelAverage(false).build());
        assertPrf(0.75, 0.75, 0.75, b.rougeN(1));
        // bigrams: model 1 shares "ant bee" (1/3), model 2 shares "ant bee", "bee cat" (2/3)
        assertPrf(0.5, 0.5, 0.5, a.rougeN(2));
        assertPrf(0.66667, 0.66667, 0.66667, b.rougeN(2));
    }

    @Test
    void stemmingUsesExceptionListsThenPorterOnlyForTokensLongerThanThree() {
        RougeData data = new RougeData(Map.of("went", "go", "geese", "goose", "ran", "run"), Set.of(), "test");
        Rouge rouge = new Rouge(data);
        RougeOptions stem = RougeOptions.builder().maxN(1).stem(true).computeL(false).computeSU4(false).build();
        // went -> go (exception list); walking, walked -> walk (Porter); "ran" is too short to be looked up;
        // as in ROUGE-1.5.5 an exception's base form is not stemmed further: geese -> goose, while
        // goose itself goes through Porter -> goos, so the two do not match
        RougeScores s = rouge.score("geese went walking ran", List.of("goose go walked run"), stem);
        assertPrf(0.5, 0.5, 0.5, s.rougeN(1));
        RougeScores unstemmed = rouge.score("geese went walking ran", List.of("goose go walked run"),
                stem.toBuilder().stem(false).build());
        assertPrf(0, 0, 0, unstemmed.rougeN(1));
        // Porter alone: "went" stays "went"; walking/walked still meet
        RougeScores porterOnly = PLAIN.score("geese went walking", List.of("geese go walked"), stem);
        assertPrf(0.66667, 0.66667, 0.66667, porterOnly.rougeN(1));
    }

    @Test
    void wordLimitAppliesToPeerAndModels() {
        RougeOptions limit = NO_STEM.toBuilder().maxN(1).lengthLimitWords(3).build();
        // peer keeps "oak elm ash"; model keeps "oak fir yew"
        RougeScores s = PLAIN.score("oak elm ash fir yew", List.of("oak fir yew elm ash"), limit);
        assertPrf(0.33333, 0.33333, 0.33333, s.rougeN(1));
    }

    @Test
    void byteLimitAppliesToPeerAndModels() {
        RougeOptions limit = NO_STEM.toBuilder().maxN(1).lengthLimitBytes(6).build();
        // peer "oak elm ash" -> "oak el"; model "oak elk" -> "oak el": tokens oak, el on both sides
        RougeScores s = PLAIN.score("oak elm ash", List.of("oak elk"), limit);
        assertPrf(1, 1, 1, s.rougeN(1));
    }

    @Test
    void rougeLTakesTheUnionLcsOverPeerSentences() {
        // Lin (2004), 3.2: reference w1 w2 w3 w4 w5; candidates w1 w2 w6 w7 w8 and w1 w3 w8 w9 w5
        // union LCS = w1 w2 w3 w5: 4 hits; R = 4/5, P = 4/10
        RougeScores s = PLAIN.score("aa bb ff gg hh\naa cc hh ii ee", List.of("aa bb cc dd ee"), NO_STEM);
        assertPrf(0.8, 0.4, 0.53333, s.rougeL());
    }

    @Test
    void rougeLHitsAreClippedByUnigramCounts() {
        // both peer sentences match the whole model sentence, but each model token counts once
        RougeScores s = PLAIN.score("aa bb\naa bb", List.of("aa bb"), NO_STEM);
        assertPrf(1, 0.5, 0.66667, s.rougeL());
        // a model token used in one model sentence's LCS is not available to the next
        s = PLAIN.score("aa bb", List.of("aa bb\naa bb"), NO_STEM);
        assertPrf(0.5, 1, 0.66667, s.rougeL());
    }

    @Test
    void rougeLBreaksLcsTiesAsRouge155() {
        // "aa bb" against "bb aa": the LCS is "aa" or "bb"; the script's trace-back marks "aa", which uses up
        // the peer's only "aa", so the second model sentence "aa" gets no hit: 1 hit of 3 model tokens
        RougeScores s = PLAIN.score("bb aa", List.of("aa bb\naa"), NO_STEM);
        assertPrf(0.33333, 0.5, 0.4, s.rougeL());
    }

    @Test
    void rougeLDoesNotCountTokensOutOfOrder() {
        RougeScores s = PLAIN.score("dd cc bb aa", List.of("aa bb cc dd"), NO_STEM);
        assertPrf(1, 1, 1, s.rougeN(1));
        assertPrf(0.25, 0.25, 0.25, s.rougeL());
    }

    @Test
    void skipBigramsSpanAtMostFourWordsAndOmitTheLastUnigram() {
        List<String> seven = List.of("aa", "bb", "cc", "dd", "ee", "ff", "gg");
        // i=0: 1 unigram + 5 pairs; i=1: 1 + 5; i=2: 1 + 4; i=3: 1 + 3; i=4: 1 + 2; i=5: 1 + 1
        assertEquals(26, Rouge.skipBigrams(seven, 4).total());
        assertEquals(1, Rouge.skipBigrams(seven, 4).counts().get("aa ff"));
        assertFalse(Rouge.skipBigrams(seven, 4).counts().containsKey("aa gg"));
        assertFalse(Rouge.skipBigrams(seven, 4).counts().containsKey("gg"));
        // unlimited distance: 6 unigrams + 21 pairs
        assertEquals(27, Rouge.skipBigrams(seven, -1).total());
        assertEquals(0, Rouge.skipBigrams(List.of("aa"), 4).total());
    }

    @Test
    void rougeSU4CountsSkipBigramsAndUnigrams() {
        // model aa bb cc -> aa, aa bb, aa cc, bb, bb cc; peer aa cc bb -> aa, aa cc, aa bb, cc, cc bb
        // hits: aa, aa bb, aa cc = 3 of 5 on both sides
        RougeScores s = PLAIN.score("aa cc bb", List.of("aa bb cc"), NO_STEM);
        assertPrf(0.6, 0.6, 0.6, s.rougeSU4());
    }

    @Test
    void stopwordRemovalDropsListedWordsBeforeCounting() {
        Rouge rouge = new Rouge(new RougeData(Map.of(), Set.of("the", "on"), "test"));
        RougeOptions s = NO_STEM.toBuilder().maxN(1).removeStopwords(true).build();
        // removed: model cat sat mat, peer cat -> 1 hit
        assertPrf(0.33333, 1, 0.5, rouge.score("the cat on", List.of("the cat sat on the mat"), s).rougeN(1));
        // kept: model the x2 cat sat on mat (6), peer the cat on -> 3 hits
        assertPrf(0.5, 1, 0.66667, rouge.score("the cat on", List.of("the cat sat on the mat"),
                s.toBuilder().removeStopwords(false).build()).rougeN(1));
    }

    @Test
    void fIsComputedFromRoundedRecallAndPrecisionWithAlpha() {
        RougeOptions o = NO_STEM.toBuilder().maxN(1).build();
        // R = 1/3 -> 0.33333, P = 1: F = 2 * 0.33333 / 1.33333 = 0.4999962.. -> 0.50000
        assertPrf(0.33333, 1, 0.5, PLAIN.score("oak", List.of("oak elm ash"), o).rougeN(1));
        // alpha 1: F = P; alpha 0: F = R
        assertEquals(1, PLAIN.score("oak", List.of("oak elm ash"), o.toBuilder().alpha(1).build()).rougeN(1).f());
        assertEquals(0.33333, PLAIN.score("oak", List.of("oak elm ash"), o.toBuilder().alpha(0).build()).rougeN(1).f());
    }

    @Test
    void emptyPeerScoresZero() {
        RougeScores s = PLAIN.score("", List.of("oak elm"), NO_STEM);
        assertPrf(0, 0, 0, s.rougeN(1));
        assertPrf(0, 0, 0, s.rougeL());
        assertPrf(0, 0, 0, s.rougeSU4());
    }

    @Test
    void reportsMetricsInRouge155Order() {
        RougeScores s = PLAIN.score("oak", List.of("oak"), RougeOptions.builder().maxN(4).build());
        assertEquals(List.of("ROUGE-1", "ROUGE-2", "ROUGE-3", "ROUGE-4", "ROUGE-L", "ROUGE-SU4"),
                List.copyOf(s.scores().keySet()));
        assertThrows(java.util.NoSuchElementException.class, () -> PLAIN.score("oak", List.of("oak"),
                RougeOptions.duc2004()).rougeL());
    }

    @Test
    void printsOptionsAsRouge155Flags() {
        assertEquals("-n 4 -m -x -l 100 -p 0.5 -f A", RougeOptions.duc2004().toFlags());
        assertEquals("-n 2 -s -2 4 -u -b 665 -p 1 -f B", RougeOptions.builder().stem(false).removeStopwords(true)
                .lengthLimitBytes(665).alpha(1).modelAverage(false).build().toFlags());
    }

    @Test
    void preparedModelsScoreLikeRawModels() {
        RougeOptions o = RougeOptions.builder().maxN(3).stem(true).lengthLimitWords(6).build();
        List<String> models = List.of("The envoys were meeting rebels\nthen they flew home", "Envoys met rebels twice");
        Rouge.Models prepared = PLAIN.prepare(models, o);
        for (String peer : List.of("Envoys meet the rebels", "they flew home\nenvoys were meeting", "")) {
            assertEquals(PLAIN.score(peer, models, o), PLAIN.score(peer, prepared));
        }
        assertEquals(2, prepared.size());
        assertThrows(IllegalArgumentException.class,
                () -> new Rouge(RougeData.none()).score("envoys", prepared));
    }

    @Test
    void rejectsMissingModelsAndStopwordsWithoutAList() {
        assertThrows(IllegalArgumentException.class, () -> PLAIN.score("oak", List.of(), NO_STEM));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PLAIN.score("oak",
                List.of("oak"), NO_STEM.toBuilder().removeStopwords(true).build()));
        assertEquals(true, e.getMessage().contains(RougeData.STOPWORDS_FILE));
        assertThrows(IllegalArgumentException.class,
                () -> RougeOptions.builder().lengthLimitWords(100).lengthLimitBytes(665).build());
    }
}
