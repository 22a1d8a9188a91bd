package io.concord.eval.rouge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Duc2004ParityTest {
    @TempDir
    Path dir;

    private void write(String relative, String text) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void comparesEachSystemWithTheOfficialFigures() throws IOException {
        write("models/d00001.m.100.t.A", "oak elm ash\n");
        write("models/d00001.m.100.t.B", "oak elm fir\n");
        write("peers/d00001.SysA", "oak elm ash\n");
        write("peers/d00001.SysB", "fir yew\n");
        // SysA: R-1 (3 + 2) / 6, R-2 (2 + 1) / 4; SysB: R-1 1 / 6, R-2 0 -- but the file claims 0.2
        write("rouge.res", String.join("\n",
                "SysA ROUGE-1 Average_R: 0.83333 (95%-conf.int. 0.83333 - 0.83333)",
                "SysA ROUGE-1 Eval d00001.SysA R:0.83333 P:0.83333 F:0.83333",
                "SysA ROUGE-2 Average_R: 0.75000 (95%-conf.int. 0.75000 - 0.75000)",
                "SysB ROUGE-1 Average_R: 0.20000 (95%-conf.int. 0.20000 - 0.20000)",
                "SysB ROUGE-2 Average_R: 0.00000 (95%-conf.int. 0.00000 - 0.00000)", ""));
        Duc2004Parity.Report report = Duc2004Parity.run(dir, new Rouge(RougeData.none()));
        assertFalse(report.pass());
        Duc2004Parity.SystemResult a = report.systems().get(0);
        assertEquals("SysA", a.system());
        assertTrue(a.pass());
        assertEquals(0.83333, a.ours().get("ROUGE-1"));
        assertEquals(0.75, a.ours().get("ROUGE-2"));
        assertEquals(1, a.perSummaryAgree().get("ROUGE-1"));
        Duc2004Parity.SystemResult b = report.systems().get(1);
        assertFalse(b.pass());
        assertEquals(0.16667 - 0.2, b.delta("ROUGE-1"), 1e-9);
        assertTrue(report.table().contains("FAIL"));
    }

    @Test
    void namesWhatIsMissing() throws IOException {
        write("peers/d00001.SysA", "oak\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Duc2004Parity.run(dir, new Rouge(RougeData.none())));
        assertTrue(e.getMessage().contains("models"), e.getMessage());
        write("models/d00002.m.100.t.A", "oak\n");
        write("rouge.res", "SysA ROUGE-1 Average_R: 1.00000 (95%-conf.int. 1.00000 - 1.00000)\n");
        e = assertThrows(IllegalArgumentException.class, () -> Duc2004Parity.run(dir, new Rouge(RougeData.none())));
        assertTrue(e.getMessage().contains("d00001.SysA") && e.getMessage().contains("no model"), e.getMessage());
    }

    /**
     * The real check, when the DUC 2004 data is reachable: from the repository root it is
     * ../shared/data/duc2004-rouge; -Dconcord.duc2004=DIR points elsewhere.
     */
    @Test
    void reproducesRouge155OnDuc2004WhenTheDataIsPresent() {
        Path data = Stream.of(System.getProperty("concord.duc2004"), "../" + Duc2004Parity.DEFAULT_DATA,
                        Duc2004Parity.DEFAULT_DATA)
                .filter(s -> s != null && Files.isDirectory(Path.of(s).resolve("peers")))
                .map(Path::of).findFirst().orElse(null);
        assumeTrue(data != null, "DUC 2004 ROUGE data not found; skipped");
        Duc2004Parity.Report report = Duc2004Parity.run(data, new Rouge(RougeData.load(data.resolve("rouge-data"))));
        assertTrue(report.pass(), report.table());
        for (Duc2004Parity.SystemResult s : report.systems()) {
            assertEquals(s.summaries(), s.perSummaryAgree().get("ROUGE-1"), s.system());
            assertEquals(s.summaries(), s.perSummaryAgree().get("ROUGE-2"), s.system());
        }
    }
}
