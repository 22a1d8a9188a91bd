package io.concord.eval.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The peer Mozilla Readability (on jsdom), run by node from {@code tools/peers/readability} (install once
 * with {@code npm install} there). One node process per calling thread, fed one page a line; the text is
 * Readability's {@code textContent}. Call {@link #close()} when done.
 */
public final class ReadabilityPeer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path dir;
    private final List<Worker> workers = new CopyOnWriteArrayList<>();
    private final ThreadLocal<Worker> local = ThreadLocal.withInitial(this::start);

    private record Worker(Process process, BufferedWriter in, BufferedReader out) {
    }

    /** @param dir the folder with run.js and node_modules */
    public ReadabilityPeer(Path dir) {
        if (!Files.isRegularFile(dir.resolve("run.js"))) {
            throw new IllegalArgumentException(dir + ": no run.js (the Readability peer lives in tools/peers/readability)");
        }
        if (!Files.isDirectory(dir.resolve("node_modules"))) {
            throw new IllegalArgumentException(dir + ": run `npm install` there first for the Readability peer");
        }
        this.dir = dir;
    }

    public NamedExtractor extractor() {
        return new NamedExtractor("Mozilla Readability", c -> extract(c.html(), c.url()));
    }

    String extract(String html, String url) {
        Worker w = local.get();
        try {
            ObjectNode page = JSON.createObjectNode();
            page.put("html", html);
            page.put("url", url);
            w.in().write(JSON.writeValueAsString(page));
            w.in().write('\n');
            w.in().flush();
            String line = w.out().readLine();
            if (line == null) {
                throw new IllegalStateException("the Readability peer (node) stopped");
            }
            return JSON.readTree(line).path("text").asText("");
        } catch (IOException e) {
            throw new UncheckedIOException("Readability peer: " + e.getMessage(), e);
        }
    }

    private Worker start() {
        try {
            Process p = new ProcessBuilder("node", "run.js").directory(dir.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            Worker w = new Worker(p,
                    new BufferedWriter(new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8), 1 << 16),
                    new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8), 1 << 16));
            workers.add(w);
            return w;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start node for the Readability peer: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        for (Worker w : workers) {
            try {
                w.in().close();
            } catch (IOException e) {
                // the process is going away anyway
            }
            w.process().destroy();
        }
        workers.clear();
    }
}
