package io.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class FetchCommandTest {
    @TempDir
    Path dir;

    private HttpServer server;
    private String base;

    private static final String PAGE = "<html lang=\"en\"><head><title>Harbour crane toppled by storm</title>"
            + "<meta property=\"article:published_time\" content=\"2033-01-20\"></head><body><article>"
            + "<h1>Harbour crane toppled by storm</h1>"
            + "<p>A container crane at the northern quay of Brightwater harbour toppled into the water during a "
            + "storm on Tuesday night, the port authority said, and no one was hurt.</p>"
            + "<p>Divers began surveying the wreck on Wednesday, and the quay will stay closed for at least a week "
            + "while salvage barges are brought in from the south coast.</p>"
            + "<p>The authority said wind gusts had reached 130 kilometres an hour.</p></article></body></html>";

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            byte[] body = ex.getRequestURI().getPath().equals("/crane.html") ? PAGE.getBytes(StandardCharsets.UTF_8) : new byte[0];
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(body.length > 0 ? 200 : 404, body.length > 0 ? body.length : -1);
            if (body.length > 0) {
                ex.getResponseBody().write(body);
            }
            ex.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private Path feed() throws IOException {
        return Files.writeString(dir.resolve("feed.xml"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                + "<title>Port news</title><link>" + base + "/</link><description>d</description>"
                + "<item><title>Crane</title><link>" + base + "/crane.html</link></item>"
                + "<item><title>Missing</title><link>" + base + "/missing.html</link></item></channel></rss>");
    }

    private int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Test
    void writesArticlesAndProblemsFromALocalFeedFile() throws IOException {
        Path out = dir.resolve("out");
        assertEquals(0, run("fetch", feed().toString(), "--out", out.toString(), "--allow-private", "--delay", "0"));
        List<String> articles = Files.readAllLines(out.resolve("articles.jsonl"));
        assertEquals(1, articles.size());
        JsonNode a = new ObjectMapper().readTree(articles.get(0));
        assertEquals("Harbour crane toppled by storm", a.get("title").asText());
        assertEquals("2033-01-20", a.get("date_publish").asText());
        assertEquals(base + "/crane.html", a.get("url").asText());
        List<String> problems = Files.readAllLines(out.resolve("problems.jsonl"));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("HTTP 404"), problems.get(0));
    }

    @Test
    void exitsOneWhenNothingIsWrittenAndTwoOnBadOptions() throws IOException {
        assertEquals(1, run("fetch", feed().toString(), "--out", dir.resolve("strict").toString()));
        assertTrue(Files.readString(dir.resolve("strict/problems.jsonl")).contains("loopback address"));
        assertEquals(2, run("fetch", feed().toString(), "--out", dir.resolve("bad").toString(), "--max-items", "0"));
    }
}
