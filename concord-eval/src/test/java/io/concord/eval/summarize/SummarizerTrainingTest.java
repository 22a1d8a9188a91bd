package io.concord.eval.summarize;

import io.concord.embed.MiniLmEmbedder;
import io.concord.embed.SentenceEmbedder;
import io.concord.summary.EmbeddingReranker;
import io.concord.summary.SentenceModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummarizerTrainingTest {
    private static final String[] CLUSTERS = {
        "{\"id\":\"t1\",\"documents\":[\"The Marsden ferry sank in calm water on Sunday. All twelve passengers were rescued by fishermen."
                + " The captain blamed a broken valve.\",\"Twelve people were pulled from the sea after the Marsden ferry went down on Sunday."
                + " Fishermen reached them within minutes. The ferry company has suspended its other crossings.\"],"
                + "\"summary\":\"The Marsden ferry sank on Sunday; fishermen rescued all twelve passengers. The captain blamed a broken valve.\"}",
        "{\"id\":\"t2\",\"documents\":[\"A heatwave pushed temperatures in Corvale to 41 degrees on Tuesday. Schools closed early."
                + " Hospitals reported dozens of cases of heatstroke.\",\"Corvale recorded 41 degrees, its hottest day in a century."
                + " The city opened cooling centres in libraries. Water use doubled overnight.\"],"
                + "\"summary\":\"Corvale hit 41 degrees on Tuesday, its hottest day in a century; schools closed and hospitals saw heatstroke cases.\"}",
        "{\"id\":\"t3\",\"documents\":[\"The Tarnby orchestra named Ilse Varga its first female conductor. She starts in September."
                + " Varga has led ensembles in four countries.\",\"Ilse Varga will conduct the Tarnby orchestra from September,"
                + " the first woman in the post. Tickets for her opening concert sold out in an hour.\"],"
                + "\"summary\":\"Ilse Varga becomes the Tarnby orchestra's first female conductor in September; her opening concert sold out.\"}"};

    private static SentenceEmbedder embedder;
    private static SentenceModel stage1;

    @BeforeAll
    static void load() {
        embedder = MiniLmEmbedder.shared().orElseThrow();
        stage1 = SentenceModel.loadBundled().orElseThrow();
    }

    @Test
    void theSecondStageIsTrainedOnTheClustersAfterTheSkippedOnesAndLoadsBack(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("train.jsonl");
        Files.writeString(data, String.join("\n", CLUSTERS) + "\n");
        Path out = dir.resolve("rerank.bin.gz");
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        SummarizerTraining.Report r = SummarizerTraining.runSecondStage(data, out, 1, 2, 1,
                new SentenceModel.Params(20, 3, 6, 2, 0.1, 1.0), stage1, embedder, 4, 0.5, quiet);
        assertEquals(2, r.clusters());
        assertEquals(8, r.sentences(), "4 candidates from each of the 2 clusters with 6 sentences");
        assertEquals(EmbeddingReranker.NAMES, List.copyOf(r.importance().keySet()));
        SentenceModel back = SentenceModel.load(out, EmbeddingReranker.NAMES);
        assertEquals(1, back.predict(new double[1][EmbeddingReranker.NAMES.size()]).length);

        IOException e = assertThrows(IOException.class, () -> SummarizerTraining.runSecondStage(data, out, 3, 2, 1,
                SentenceModel.Params.defaults(), stage1, embedder, 4, 0.5, quiet));
        assertTrue(e.getMessage().contains("train.jsonl"), e.getMessage());
    }

    @Test
    void secondStageTargetsAreWhatTheFirstStageMissedPlusTheOracleBonus() throws IOException {
        Cluster c = ClusterReader.parse(Path.of("t.jsonl"), 0, CLUSTERS[0]);
        double[][][] plain = SummarizerTraining.secondStageRows(c, stage1, embedder, 6, 0);
        double[][][] withOracle = SummarizerTraining.secondStageRows(c, stage1, embedder, 6, 0.5);
        assertEquals(6, plain[0].length);
        int s1 = EmbeddingReranker.NAMES.indexOf("s1");
        int bonus = 0;
        for (int k = 0; k < 6; k++) {
            double precision = plain[1][k][0] + plain[0][k][s1];
            assertTrue(precision >= 0 && precision <= 2, "unigram + bigram precision " + precision);
            double diff = withOracle[1][k][0] - plain[1][k][0];
            assertTrue(Math.abs(diff) < 1e-9 || Math.abs(diff - 0.5) < 1e-9, "bonus is 0 or 0.5: " + diff);
            if (diff > 0.25) {
                bonus++;
            }
        }
        assertTrue(bonus >= 1 && bonus < 6, "the oracle picks some sentences but not all: " + bonus);
    }
}
