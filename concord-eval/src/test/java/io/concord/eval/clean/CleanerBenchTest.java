package io.concord.eval.clean;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CleanerBenchTest {
    @TempDir
    Path dir;

    @Test
    void countsSnippetsBeforeAndAfterCleaning() throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode page = json.createObjectNode();
        page.put("url", "https://news.example/ferry");
        page.put("html", "<html><body><p>Ferry crews in Westmarch returned to work on Thursday after a four-day strike.</p>"
                + "<p>The port board agreed to hire twelve more deckhands and to cap night shifts.</p>"
                + "<p>Share this article</p><p>Follow us on Twitter</p></body></html>");
        page.putArray("with").add("returned to work on Thursday").add("twelve more deckhands");
        page.putArray("without").add("Share this article").add("Follow us on Twitter").add("Cookie settings");
        Path data = dir.resolve("evaldata.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(data))) {
            out.write((json.writeValueAsString(page) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        CleanerBench.Result r = new CleanerBench().run(data, 0);
        assertEquals(1, r.pages());
        assertEquals(new CleanerBench.Counts(2, 0, 2), r.extracted());
        assertEquals(new CleanerBench.Counts(2, 0, 0), r.cleaned());
        assertEquals(1.0, r.cleaned().f1(), 1e-9);
        assertEquals(0.5, r.extracted().precision(), 1e-9);
    }
}
