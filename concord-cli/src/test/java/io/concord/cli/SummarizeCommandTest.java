package io.concord.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummarizeCommandTest {
    @Test
    void summarizesAJsonLinesFileAndRejectsAnUnknownMethod(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, "{\"id\":\"k1\",\"documents\":[\"The Brisa ferry resumed service to Caldo island on Friday after a week of storms. "
                + "Ticket prices stay the same.\",\"Ferries to Caldo island run again since Friday, the operator Brisa said. "
                + "Extra sailings are planned for the weekend.\"]}\n");
        Path out = dir.resolve("out.jsonl");
        int code = new CommandLine(new Main()).execute("summarize", "--in", in.toString(), "--out", out.toString(),
                "--words", "30", "--focus", "weekend sailings");
        assertEquals(0, code);
        List<String> lines = Files.readAllLines(out);
        assertEquals(1, lines.size());
        JsonNode o = new ObjectMapper().readTree(lines.get(0));
        assertEquals("k1", o.get("id").asText());
        assertTrue(o.get("summary").asText().contains("Extra sailings"), o.toString());
        assertEquals(2, new CommandLine(new Main()).execute("summarize", "--in", in.toString(), "--out",
                out.toString(), "--method", "nosuch"));
        assertEquals(2, new CommandLine(new Main()).execute("summarize", "--in", dir.resolve("none.jsonl").toString(),
                "--out", out.toString()));
    }
}
