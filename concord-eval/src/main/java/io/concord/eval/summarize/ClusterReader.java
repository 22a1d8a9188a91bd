package io.concord.eval.summarize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads summarization clusters. JSON Lines (optionally gzipped): one object a line with {@code id}
 * (else the line number is used), {@code documents} (list of strings, or one string with documents
 * separated by {@code |||||}) and optionally {@code summary} (string or list of strings). DUC style: a
 * folder of document-set folders (each file one document, SGML tags stripped) and a folder of
 * references named {@code <set>.*} (case-insensitive prefix match on the set name).
 */
public final class ClusterReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ClusterReader() {
    }

    /**
     * Streams the clusters of a JSON Lines file to {@code sink}, keeping those whose 1-based line number
     * is divisible by {@code every} (so {@code every = 11} on Multi-News validation gives the 511
     * calibration clusters), up to {@code limit} clusters (0 = all).
     */
    public static void readJsonl(Path file, int every, int limit, Consumer<Cluster> sink) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file");
        }
        try (BufferedReader r = open(file)) {
            String line;
            int lineNo = -1;
            int taken = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || (every > 1 && (lineNo + 1) % every != 0)) {
                    continue;
                }
                sink.accept(parse(file, lineNo, line));
                taken++;
                if (limit > 0 && taken >= limit) {
                    break;
                }
            }
        }
    }

    /** All clusters of a JSON Lines file (see {@link #readJsonl(Path, int, int, Consumer)}). */
    public static List<Cluster> readJsonl(Path file, int every, int limit) throws IOException {
        List<Cluster> out = new ArrayList<>();
        readJsonl(file, every, limit, out::add);
        return out;
    }

    static Cluster parse(Path file, int lineNo, String line) throws IOException {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(file + ": line " + (lineNo + 1) + ": not JSON (" + e.getOriginalMessage() + ")");
        }
        if (n == null || !n.isObject()) {
            throw new IOException(file + ": line " + (lineNo + 1) + ": not a JSON object");
        }
        String id = n.hasNonNull("id") ? n.get("id").asText() : String.valueOf(lineNo);
        JsonNode docs = n.get("documents");
        List<String> documents = new ArrayList<>();
        if (docs == null || docs.isNull()) {
            throw new IOException(file + ": line " + (lineNo + 1) + ": no \"documents\" field");
        } else if (docs.isArray()) {
            docs.forEach(d -> documents.add(d.asText("")));
        } else if (docs.isTextual()) {
            for (String d : docs.asText().split("\\|\\|\\|\\|\\|")) {
                documents.add(d.strip());
            }
        } else {
            throw new IOException(file + ": line " + (lineNo + 1) + ": \"documents\" is neither a list nor a string");
        }
        List<String> refs = new ArrayList<>();
        JsonNode s = n.get("summary");
        if (s != null && s.isArray()) {
            s.forEach(x -> refs.add(x.asText("")));
        } else if (s != null && s.isTextual()) {
            refs.add(s.asText());
        }
        return new Cluster(id, documents, refs);
    }

    /** DUC-style clusters: one per subfolder of {@code docs}, references from {@code refs}. */
    public static List<Cluster> readDuc(Path docs, Path refs) throws IOException {
        if (!Files.isDirectory(docs)) {
            throw new IOException(docs + ": not a folder of document sets");
        }
        if (!Files.isDirectory(refs)) {
            throw new IOException(refs + ": not a folder of reference summaries");
        }
        List<Path> refFiles;
        try (Stream<Path> s = Files.list(refs)) {
            refFiles = s.filter(Files::isRegularFile).sorted().toList();
        }
        List<Path> sets;
        try (Stream<Path> s = Files.list(docs)) {
            sets = s.filter(Files::isDirectory).sorted(Comparator.comparing(Path::toString)).toList();
        }
        List<Cluster> out = new ArrayList<>();
        for (Path set : sets) {
            String name = set.getFileName().toString().toLowerCase();
            List<String> texts = new ArrayList<>();
            try (Stream<Path> s = Files.list(set)) {
                for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                    texts.add(documentText(Files.readString(f, StandardCharsets.UTF_8)));
                }
            }
            List<String> models = new ArrayList<>();
            for (Path r : refFiles) {
                String rn = r.getFileName().toString().toLowerCase();
                if (rn.startsWith(name + ".") || (name.length() > 1 && rn.startsWith(name.substring(0, name.length() - 1) + "."))) {
                    models.add(Files.readString(r, StandardCharsets.ISO_8859_1).strip());
                }
            }
            out.add(new Cluster(set.getFileName().toString(), texts, models));
        }
        return out;
    }

    /** The text of a DUC/TREC document: the TEXT element when there is one, tags removed. */
    static String documentText(String raw) {
        String body = raw;
        int b = raw.indexOf("<TEXT>");
        int e = raw.lastIndexOf("</TEXT>");
        if (b >= 0 && e > b) {
            body = raw.substring(b + 6, e);
        }
        body = body.replaceAll("</?P>", "\n\n").replaceAll("<[^>]+>", " ");
        return body.strip();
    }

    private static BufferedReader open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}
