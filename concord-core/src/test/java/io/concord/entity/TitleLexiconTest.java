package io.concord.entity;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TitleLexiconTest {
    @Test
    void standardLexiconComesFromTheCoreNlpGazetteer() {
        TitleLexicon t = TitleLexicon.standard();
        assertTrue(t.size() > 5000, "heads: " + t.size());
        assertTrue(t.isTitle("President"));
        assertTrue(t.isTitle("spokesperson"));
        assertTrue(t.isTitle("secretary-general"));
        assertTrue(t.isModifier("foreign"));
        assertTrue(t.isModifier("vice"));
        assertFalse(t.isTitle("said"));
        assertFalse(t.isTitle("in"));
        assertTrue(t.isHonorific("Mr."));
        prefixes(t);
    }

    private static void prefixes(TitleLexicon t) {
        assertEquals(2, t.titlePrefixLength(List.of("Vice", "President", "Ana", "Silva")));
        assertEquals(1, t.titlePrefixLength(List.of("Mr", "Vale")));
        assertEquals(0, t.titlePrefixLength(List.of("Hunter", "Lund")));
        assertEquals(0, t.titlePrefixLength(List.of("President")));
    }

    @Test
    void explicitLexicon() {
        TitleLexicon t = new TitleLexicon(Set.of("Envoy"), Set.of("special"));
        assertTrue(t.isTitle("envoy"));
        assertTrue(t.isModifier("Special"));
        assertTrue(t.isModifier("former"));
        assertFalse(t.isTitle("president"));
    }
}
