package io.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import picocli.CommandLine;

class ExtractCommandWarcTest {
    @TempDir
    Path dir;

    private static final String PAGE = "<html lang=\"en\"><head><title>Glasshouse reopens at the botanic garden</title></head>"
            + "<body><article><h1>Glasshouse reopens at the botanic garden</h1>"
            + "<p>The Victorian glasshouse at the Ellerby botanic garden reopened to visitors on Saturday after a "
            + "three-year restoration that replaced more than four thousand panes, the garden's trustees said.</p>"
            + "<p>Palms that had been moved to a temporary shed during the work were carried back in by hand, "
            + "one of the gardeners told the crowd at the opening.</p></article></body></html>";

    @Test
    void extractsTheHtmlPagesOfAWebArchive() throws IOException {
        Path warc = dir.resolve("garden.warc.gz");
        try (FileChannel ch = FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter w = new WarcWriter(ch, WarcCompression.GZIP)) {
            HttpResponse http = new HttpResponse.Builder(200, "OK")
                    .body(MediaType.parse("text/html; charset=utf-8"), PAGE.getBytes(StandardCharsets.UTF_8)).build();
            w.write(new WarcResponse.Builder("https://ellerby-post.example/garden/glasshouse")
                    .date(Instant.parse("2034-05-06T10:00:00Z")).body(http).build());
        }
        Path junk = Files.writeString(dir.resolve("junk.warc"), "not an archive\n");
        PrintStream saved = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            code = new CommandLine(new Main()).execute("extract", warc.toString(), junk.toString());
        } finally {
            System.setOut(saved);
        }
        assertEquals(1, code, "the junk archive gave nothing");
        String[] lines = captured.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertEquals(1, lines.length);
        JsonNode page = new ObjectMapper().readTree(lines[0]);
        assertEquals(warc + "#1", page.get("path").asText());
        assertEquals("https://ellerby-post.example/garden/glasshouse", page.get("url").asText());
        assertEquals("Glasshouse reopens at the botanic garden", page.get("title").asText());
        assertEquals("2034-05-06", page.get("published").asText(), "the capture date when the page has none");
        assertTrue(page.get("text").asText().startsWith("The Victorian glasshouse"));
    }
}
