package io.concord.summary;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentenceModelTest {
    @Test
    void learnsAPositionEffectAndSurvivesSaveAndLoad(@TempDir Path dir) throws Exception {
        Random rnd = new Random(7);
        int rows = 600;
        int k = SentenceFeatures.NAMES.size();
        double[][] x = new double[rows][k];
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < k; j++) {
                x[i][j] = rnd.nextDouble();
            }
            x[i][0] = rnd.nextInt(20);
            y[i] = 1.0 / (1 + x[i][0]) + 0.05 * rnd.nextGaussian();
        }
        SentenceModel m = SentenceModel.train(x, y, new SentenceModel.Params(40, 4, 8, 5, 0.1, 1.0));
        double[][] probe = new double[2][k];
        probe[0][0] = 0;
        probe[1][0] = 15;
        double[] p = m.predict(probe);
        assertTrue(p[0] > p[1] + 0.3, "first position must score higher: " + p[0] + " vs " + p[1]);
        Path file = dir.resolve("m.bin.gz");
        m.save(file);
        assertArrayEquals(p, SentenceModel.load(file).predict(probe), 1e-12);
        assertEquals(SentenceFeatures.NAMES, List.copyOf(m.importance().keySet()));
    }

    @Test
    void aFileThatIsNotAModelIsRejectedWithItsName(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.bin.gz");
        java.nio.file.Files.write(bad, new byte[] {1, 2, 3});
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> SentenceModel.load(bad));
        assertTrue(e.getMessage() == null || e.getMessage().contains("bad.bin.gz") || e instanceof java.util.zip.ZipException,
                String.valueOf(e.getMessage()));
    }

    @Test
    void theBundledModelScoresAClusterWhenPresent() {
        Optional<SentenceModel> m = SentenceModel.loadBundled();
        if (m.isEmpty()) {
            return;
        }
        ClusterText c = ClusterText.of(List.of(new SourceDocument("a", List.of(
                "The council of Brenmark approved a new budget of 40 million on Friday after a long debate.",
                "Click here to subscribe."))));
        double[] s = m.get().predict(SentenceFeatures.of(c));
        assertEquals(2, s.length);
    }
}
