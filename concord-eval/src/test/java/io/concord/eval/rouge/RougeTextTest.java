package io.concord.eval.rouge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RougeTextTest {
    private static final RougeText.TokenFilter KEEP = t -> t;

    @Test
    void tokensAreLowerCasedRunsOfLettersAndDigits() {
        RougeText.Units u = RougeText.units("The U.S.-led Envoys met at 10:30, in Kaunas!\nÉlan café-owner's 3rd",
                0, 0, KEEP);
        assertEquals(List.of("the", "u", "s", "led", "envoys", "met", "at", "10", "30", "in", "kaunas",
                "lan", "caf", "owner", "s", "3rd"), u.tokens());
        assertEquals(2, u.sentences().size());
        assertEquals(List.of("lan", "caf", "owner", "s", "3rd"), u.sentences().get(1));
    }

    @Test
    void emptyLinesAreSkippedAndOnlyNewlinesSplitSentences() {
        RougeText.Units u = RougeText.units("first line\n\n\r\nsecond. still second\n", 0, 0, KEEP);
        assertEquals(3, u.sentences().size(), "a line holding only \\r is a (token-less) sentence");
        assertEquals(List.of(), u.sentences().get(1));
        assertEquals(List.of("second", "still", "second"), u.sentences().get(2));
    }

    @Test
    void perlSplitKeepsALeadingEmptyField() {
        assertArrayEquals(new String[] {"", "alpha", "beta"}, RougeText.perlSplit("  alpha beta  "));
        assertArrayEquals(new String[0], RougeText.perlSplit("   "));
    }

    @Test
    void wordLimitCountsWhitespaceWordsBeforeCleanUp() {
        // "--" and "&" count as words for the limit, then disappear as tokens
        RougeText.Units u = RougeText.units("one -- two\nthree & four five\nsix", 5, 0, KEEP);
        assertEquals(List.of("one", "two", "three"), u.tokens());
        // a line starting with a space has an extra empty word
        u = RougeText.units("one two\n three four", 3, 0, KEEP);
        assertEquals(List.of("one", "two"), u.tokens(), "words: one, two | '', three, four -> the cut keeps only ''");
        u = RougeText.units("one two\nthree four", 3, 0, KEEP);
        assertEquals(List.of("one", "two", "three"), u.tokens());
    }

    @Test
    void byteLimitIgnoresJoiningSpacesAndCutsInsideAWord() {
        List<String> lines = List.of("abcde fgh", "ijk");
        assertEquals(List.of("abcde fgh", "ijk"), RougeText.truncate(lines, 0, 12, false));
        assertEquals(List.of("abcde fgh", "ij"), RougeText.truncate(lines, 0, 11, false));
        assertEquals(List.of("abcd"), RougeText.truncate(lines, 0, 4, false));
    }

    @Test
    void byteLimitForLcsComparesEachLineAloneAsRouge155Does() {
        String text = "aaaa bbbb\ncccc dddd\neeee ffff";
        RougeText.Units u = RougeText.units(text, 0, 10, KEEP);
        assertEquals(List.of("aaaa", "bbbb", "c"), u.tokens());
        assertEquals(3, u.sentences().size());
        assertEquals(List.of("eeee", "ffff"), u.sentences().get(2));
    }

    @Test
    void byteLimitCountsUtf8Bytes() {
        assertEquals("na", RougeText.utf8Prefix("naïve", 3));
        assertEquals("naï", RougeText.utf8Prefix("naïve", 4));
    }
}
