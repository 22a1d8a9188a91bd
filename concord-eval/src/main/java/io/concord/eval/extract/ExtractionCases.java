package io.concord.eval.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Reads the trafilatura-style evaluation file: JSON Lines (optionally gzipped) with url, file, html, with, without. */
public final class ExtractionCases {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExtractionCases() {
    }

    /** @param limit at most this many pages (0 or less: all) */
    public static List<ExtractionCase> read(Path file, int limit) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such file");
        }
        List<ExtractionCase> cases = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null && (limit <= 0 || cases.size() < limit)) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (IOException e) {
                    throw new IllegalArgumentException(file + ": line " + lineNo + " is not JSON: " + e.getMessage());
                }
                if (!node.hasNonNull("html")) {
                    throw new IllegalArgumentException(file + ": line " + lineNo + " has no \"html\" field");
                }
                cases.add(new ExtractionCase(text(node, "url"), text(node, "file"), node.get("html").asText(),
                        strings(node.get("with")), strings(node.get("without"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
        }
        return cases;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            for (JsonNode s : array) {
                if (!s.isNull() && !s.asText().isEmpty()) {
                    out.add(s.asText());
                }
            }
        }
        return out;
    }
}
