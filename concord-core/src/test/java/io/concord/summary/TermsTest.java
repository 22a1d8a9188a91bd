package io.concord.summary;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TermsTest {
    @Test
    void inflectionsMeet() {
        assertEquals(Terms.stem("report"), Terms.stem("reports"));
        assertEquals(Terms.stem("report"), Terms.stem("reported"));
        assertEquals(Terms.stem("report"), Terms.stem("reporting"));
        assertEquals(Terms.stem("city"), Terms.stem("cities"));
        assertEquals("stop", Terms.stem("stopped"));
        assertEquals("bus", Terms.stem("bus"));
    }

    @Test
    void contentStemsDropFunctionWordsAndKeepNumbers() {
        assertEquals(List.of("mayor", "open", "bridge", "2024"), Terms.contentStems("The mayor opened the bridge in 2024."));
        assertEquals(List.of("hafen", "wurde", "geöffnet"), Terms.contentStems("Hafen wurde geöffnet"));
    }

    @Test
    void wordsAreCountedByWhitespaceAsRougeDoes() {
        assertEquals(5, Terms.countWords(" It cost $12 million. \n Really "));
        assertEquals(0, Terms.countWords("   "));
    }
}
