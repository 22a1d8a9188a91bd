package io.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RougeParityCommandTest {
    @TempDir
    Path dir;

    private void write(String relative, String text) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Test
    void exitsZeroWhenEverySystemMatchesAndWritesJson() throws IOException {
        write("data/models/d00001.m.100.t.A", "Harbour cranes stood idle\n");
        write("data/peers/d00001.Sys", "Harbour cranes stood idle\n");
        write("data/rouge-data/verb.exc", "stood stand\n");
        write("data/rouge.res", "Sys ROUGE-1 Average_R: 1.00000 (95%-conf.int. 1.00000 - 1.00000)\n"
                + "Sys ROUGE-2 Average_R: 1.00000 (95%-conf.int. 1.00000 - 1.00000)\n");
        Path json = dir.resolve("out/parity.json");
        assertEquals(0, run("bench", "rouge-parity", "--data", dir.resolve("data").toString(), "--json", json.toString()));
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertTrue(root.get("pass").asBoolean());
        assertEquals("Sys", root.get("systems").get(0).get("system").asText());
        assertEquals(1.0, root.get("systems").get(0).get("ours").get("ROUGE-2").asDouble());
    }

    @Test
    void exitsOneOnAMismatchAndTwoWithoutData() throws IOException {
        write("data/models/d00001.m.100.t.A", "Harbour cranes stood idle\n");
        write("data/peers/d00001.Sys", "Harbour cranes moved\n");
        write("data/rouge-data/verb.exc", "stood stand\n");
        write("data/rouge.res", "Sys ROUGE-1 Average_R: 1.00000 (95%-conf.int. 1.00000 - 1.00000)\n"
                + "Sys ROUGE-2 Average_R: 1.00000 (95%-conf.int. 1.00000 - 1.00000)\n");
        Path json = dir.resolve("parity.json");
        assertEquals(1, run("bench", "rouge-parity", "--data", dir.resolve("data").toString(), "--json", json.toString()));
        assertEquals(2, run("bench", "rouge-parity", "--data", dir.resolve("nothing").toString(), "--json", json.toString()));
    }
}
