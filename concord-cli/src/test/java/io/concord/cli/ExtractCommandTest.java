package io.concord.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsOneJsonObjectPerPageAndReportsBadFiles() throws Exception {
        Files.writeString(dir.resolve("story.html"), "<html lang=en><head><title>Ferry returns | Harbour News</title>"
                + "<meta property=og:site_name content=\"Harbour News\"></head><body><nav><a href=/>Home</a></nav>"
                + "<article><p>The old ferry returned to service on Monday after a winter spent in the repair yard.</p>"
                + "<p>Its captain said the new engine was quieter, and passengers agreed on the first crossing.</p>"
                + "</article></body></html>");
        Files.write(dir.resolve("empty.htm"), new byte[0]);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = new CommandLine(new Main()).execute("extract", dir.toString());
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(1, lines.size(), lines.toString());
        JsonNode page = new ObjectMapper().readTree(lines.get(0));
        assertEquals("Ferry returns", page.get("title").asText());
        assertEquals("Harbour News", page.get("outlet").asText());
        assertEquals("en", page.get("language").asText());
        assertTrue(page.get("text").asText().startsWith("The old ferry returned"), page.toString());
        assertTrue(page.get("published").isNull());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("empty.htm: empty file"), err.toString());
        assertEquals(1, code, "a bad file makes the exit code 1");
    }
}
