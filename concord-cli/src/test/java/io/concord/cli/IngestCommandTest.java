package io.concord.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IngestCommandTest {
    @TempDir
    Path dir;

    @Test
    void readsCleansAndWritesJson() throws IOException {
        Files.writeString(dir.resolve("one.txt"), """
                World
                Dam repairs begin in Lannet
                Published 1 June 2015
                Work on the cracked wall of the Lannet dam began on Monday, the water board said.
                Share this article
                """);
        Files.writeString(dir.resolve("bad.jsonl"), "{oops\n");
        Path json = dir.resolve("out/ingest.json");
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            code = new CommandLine(new Main()).execute("ingest", dir.toString(), "--json", json.toString());
        } finally {
            System.setOut(old);
        }
        String printed = buf.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, printed);
        assertTrue(printed.contains("1 articles, 1 problems"), printed);
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        JsonNode a = root.get("articles").get(0);
        assertEquals("Dam repairs begin in Lannet", a.get("title").asText());
        assertEquals("2015-06-01", a.get("published").asText());
        assertEquals("text", a.get("publishedFrom").asText());
        assertEquals("Work on the cracked wall of the Lannet dam began on Monday, the water board said.", a.get("text").asText());
        assertTrue(root.get("problems").get(0).get("path").asText().endsWith("bad.jsonl#1"));
    }

    @Test
    void badManifestIsAClearErrorNotAStackTrace() throws IOException {
        Path manifest = dir.resolve("m.csv");
        Files.writeString(manifest, "url\nhttps://x.example\n");
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = new CommandLine(new Main()).execute("ingest", dir.toString(), "--manifest", manifest.toString());
        } finally {
            System.setErr(oldErr);
        }
        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(manifest.toString()));
    }
}
