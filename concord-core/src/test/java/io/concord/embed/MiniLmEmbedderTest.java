package io.concord.embed;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MiniLmEmbedderTest {
    private static SentenceEmbedder embedder;

    @BeforeAll
    static void load() {
        embedder = MiniLmEmbedder.shared().orElseThrow();
    }

    @Test
    void paraphrasesAreCloserThanUnrelatedSentences() {
        float[][] v = embedder.embed(List.of(
                "The harbour authority of Quenby closed the port after a fuel tanker ran aground.",
                "Quenby's port was shut by its authority when an oil tanker got stuck on a sandbank.",
                "A violinist from Marlow won the national chamber music prize on Sunday."));
        double para = SentenceEmbedder.cosine(v[0], v[1]);
        double unrelated = SentenceEmbedder.cosine(v[0], v[2]);
        assertTrue(para > 0.6, "paraphrase cosine " + para);
        assertTrue(unrelated < 0.3, "unrelated cosine " + unrelated);
        assertTrue(para > unrelated + 0.4);
    }

    @Test
    void vectorsHaveUnitLengthAndBlankSentencesGetZero() {
        float[][] v = embedder.embed(List.of("Farmers in the Tolen valley expect a late harvest.", "  "));
        assertEquals(2, v.length);
        assertEquals(embedder.dimension(), v[0].length);
        double n = 0;
        for (float x : v[0]) {
            n += x * x;
        }
        assertEquals(1.0, n, 1e-4);
        for (float x : v[1]) {
            assertEquals(0f, x);
        }
        assertEquals(0.0, SentenceEmbedder.cosine(v[0], v[1]));
    }

    @Test
    void theSameSentenceAlwaysGetsTheSameVector() {
        String s = "The council of Brenhall approved a new tram line on Thursday.";
        float[][] a = embedder.embed(List.of(s));
        float[][] b = embedder.embed(List.of("Something else first.", s));
        assertEquals(1.0, SentenceEmbedder.cosine(a[0], b[1]), 1e-5);
    }

    @Test
    void longSentencesAreCutToTheirOpeningWords() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            sb.append("word").append(i).append(' ');
        }
        String cut = MiniLmEmbedder.firstWords(sb.toString().strip());
        assertEquals(MiniLmEmbedder.MAX_WORDS, cut.split(" ").length);
        assertTrue(cut.startsWith("word0 word1 "));
        assertEquals("short one", MiniLmEmbedder.firstWords("short one"));
    }

    @Test
    void cosineRejectsVectorsOfDifferentLength() {
        assertThrows(IllegalArgumentException.class, () -> SentenceEmbedder.cosine(new float[2], new float[3]));
    }
}
