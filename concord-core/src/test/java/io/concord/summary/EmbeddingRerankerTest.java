package io.concord.summary;

import io.concord.embed.MiniLmEmbedder;
import io.concord.embed.SentenceEmbedder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddingRerankerTest {
    /** Sentence 0 is told again in other words by both other articles; sentence 1 only by its own. */
    private static final List<SourceDocument> CLUSTER = List.of(
            new SourceDocument("d1", List.of(
                    "A landslide buried the mountain road to Varek on Tuesday night, cutting off four villages.",
                    "The village choir of Varek cancelled its spring concert because the conductor fell ill.",
                    "Snow ploughs were sent from the capital.")),
            new SourceDocument("d2", List.of(
                    "Four villages are isolated after mud and rocks covered the only highway into Varek late on Tuesday.",
                    "Rescue teams expect to reopen one lane by Friday.")),
            new SourceDocument("d3", List.of(
                    "Tuesday's slide of earth blocked the route up to Varek and left several hamlets unreachable.",
                    "Helicopters are delivering food and medicine.")));
    private static final int EXTRA = SentenceFeatures.NAMES.size();
    private static final int SUPPORT = EXTRA + EmbeddingReranker.EXTRA.indexOf("embSupport");
    private static final int RANK = EXTRA + EmbeddingReranker.EXTRA.indexOf("s1Rank");

    private static SentenceEmbedder embedder;
    private static SentenceModel supportModel;

    @BeforeAll
    static void setUp() {
        embedder = MiniLmEmbedder.shared().orElseThrow();
        // a second stage that has learnt "semantic support is what counts" from synthetic rows
        Random rnd = new Random(3);
        int rows = 800;
        double[][] x = new double[rows][EmbeddingReranker.NAMES.size()];
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < x[i].length; j++) {
                x[i][j] = rnd.nextDouble();
            }
            y[i] = 2 * x[i][SUPPORT] + 0.02 * rnd.nextGaussian();
        }
        supportModel = SentenceModel.train(EmbeddingReranker.NAMES, x, y, new SentenceModel.Params(60, 4, 8, 5, 0.1, 1.0));
    }

    /** First-stage scores that prefer the unsupported sentence 1 over the supported sentence 0. */
    private static double[] stageOne(ClusterText c) {
        double[] s1 = new double[c.size()];
        for (int i = 0; i < s1.length; i++) {
            s1[i] = 0.1 * (s1.length - i);
        }
        s1[1] = 1.6;
        s1[0] = 1.5;
        return s1;
    }

    @Test
    void candidatesAreTheFirstStageLeadersAndParaphrasedContentHasSupport() {
        ClusterText c = ClusterText.of(CLUSTER);
        double[] s1 = stageOne(c);
        EmbeddingReranker.Candidates cand = EmbeddingReranker.candidates(c, SentenceFeatures.of(c), s1, 9, embedder);
        assertArrayEquals(new int[] {1, 0, 2, 3, 4, 5, 6}, cand.index());
        assertEquals(EmbeddingReranker.NAMES.size(), cand.rows()[0].length);
        assertEquals(0.0, cand.rows()[0][RANK]);
        assertEquals(1.0, cand.rows()[1][RANK]);
        double supported = cand.rows()[1][SUPPORT];
        double alone = cand.rows()[0][SUPPORT];
        assertTrue(supported > alone + 0.15, "support of the paraphrased sentence " + supported + " vs " + alone);
    }

    @Test
    void theSecondStageReordersCandidatesAndKeepsTheRestBelowInFirstStageOrder() {
        ClusterText c = ClusterText.of(CLUSTER);
        double[] s1 = stageOne(c);
        double[] r = new EmbeddingReranker(supportModel, embedder, 4).rescore(c, SentenceFeatures.of(c), s1);
        assertTrue(r[0] > r[1], "supported sentence must now lead: " + r[0] + " vs " + r[1]);
        double minCandidate = Math.min(Math.min(r[0], r[1]), Math.min(r[2], r[3]));
        for (int i = 4; i < r.length; i++) {
            assertTrue(r[i] < minCandidate, "non-candidate " + i + " above a candidate");
            if (i + 1 < r.length) {
                assertEquals(Double.compare(s1[i], s1[i + 1]), Double.compare(r[i], r[i + 1]));
            }
        }
    }

    @Test
    void aSecondStageModelSurvivesSaveAndLoadAndIsNotMistakenForAFirstStageOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("rerank.bin.gz");
        supportModel.save(file);
        SentenceModel back = SentenceModel.load(file, EmbeddingReranker.NAMES);
        double[][] probe = new double[2][EmbeddingReranker.NAMES.size()];
        probe[0][SUPPORT] = 0.9;
        probe[1][SUPPORT] = 0.1;
        double[] p = back.predict(probe);
        assertArrayEquals(supportModel.predict(probe), p, 1e-12);
        assertTrue(p[0] > p[1] + 0.5);
        IOException e = assertThrows(IOException.class, () -> SentenceModel.load(file));
        assertTrue(e.getMessage().contains("rerank.bin.gz") && e.getMessage().contains("other features"), e.getMessage());
    }

    @Test
    void theSummarizerWithTheSecondStageKeepsTheBudgetAndCopesWithOddClusters() {
        SentenceModel first = SentenceModel.loadBundled().orElseThrow();
        ConcordSummarizer s = new ConcordSummarizer(ConcordSummarizer.Weights.defaults(), BudgetMode.WHOLE_SENTENCES,
                first, Selection.MMR, new EmbeddingReranker(supportModel, embedder, 4));
        List<SummarySentence> out = s.summarize(CLUSTER, 40, null);
        assertFalse(out.isEmpty());
        assertTrue(out.stream().mapToInt(x -> Terms.countWords(x.text())).sum() <= 40);
        List<SummarySentence> one = s.summarize(List.of(new SourceDocument("solo", List.of(
                "The Ostrava glassworks will hire sixty workers this autumn."))), 40, null);
        assertEquals(1, one.size());
        assertTrue(s.summarize(List.of(new SourceDocument("empty", List.of()), new SourceDocument("blank", List.of(" "))),
                40, null).isEmpty());
    }

    @Test
    void tooFewCandidatesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new EmbeddingReranker(supportModel, embedder, 1));
    }
}
