package io.concord.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.concord.timex.TimeMlDocument;
import io.concord.timex.TimeMlReader;
import io.concord.timex.Timex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** End to end: {@code concord timex} and {@code concord bench timex} on a fictional TimeML document. */
class TimexCommandsTest {
    /** Creation time Friday 2005-03-11; gold: Tuesday = 2005-03-08, "two days" = P2D. */
    private static final String GOLD = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>FICT-RIVER</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2005-03-11" functionInDocument="CREATION_TIME">March 11, 2005</TIMEX3></DCT>
            <TEXT>
            The river ferry <EVENT eid="e1" class="OCCURRENCE">resumed</EVENT> service on <TIMEX3 tid="t1" type="DATE" value="2005-03-08">Tuesday</TIMEX3> after a <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3> pause &amp; repairs.
            </TEXT>
            </TimeML>
            """;

    @Test
    void timexWritesConcordsOwnAnnotationsAndBenchScoresThem(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("river.tml"), GOLD);
        Path out = tmp.resolve("out");
        int code = new CommandLine(new Main()).execute("timex", "--in", in.toString(), "--out", out.toString());
        assertEquals(0, code);
        TimeMlDocument tagged = new TimeMlReader().read(out.resolve("river.tml"));
        assertEquals("FICT-RIVER", tagged.id());
        assertEquals("2005-03-11", tagged.creationTime());
        Timex tuesday = tagged.timexes().stream().filter(t -> t.text().equals("Tuesday")).findFirst()
                .orElseThrow(() -> new AssertionError(tagged.timexes().toString()));
        assertEquals("2005-03-08", tuesday.value());
        assertEquals("DATE", tuesday.type());
        assertTrue(Files.readString(out.resolve("river.tml")).contains("pause &amp; repairs"));

        Path json = tmp.resolve("timex.json");
        code = new CommandLine(new Main()).execute("bench", "timex", "--data", in.toString(), "--json", json.toString());
        assertEquals(0, code);
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals(1, root.get("documents").asInt());
        JsonNode concord = root.get("variants").get("concord");
        assertEquals(2, concord.get("gold").asInt());
        assertTrue(concord.get("valueCorrect").asInt() >= 1, concord.toString());
        assertEquals(77.61, root.get("published").get(0).get("valueF1").asDouble(), 1e-9);
    }

    @Test
    void missingInputIsReportedWithItsPath(@TempDir Path tmp) {
        Path missing = tmp.resolve("nothing-here");
        int code = new CommandLine(new Main()).execute("timex", "--in", missing.toString(), "--out", tmp.toString());
        assertEquals(2, code);
    }
}
