package io.concord.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Per-file facts supplied by the user: a CSV file with a header row, or JSON (an array of objects, or an
 * object keyed by file). Columns/fields: {@code file} or {@code path} (required), {@code url},
 * {@code outlet} or {@code source}, {@code published} or {@code date}. Entries are matched to inputs by
 * relative path or by file name; a JSON Lines record can also be named as {@code file#line}.
 */
public final class Manifest {

    /** One manifest entry; any value but {@code file} may be null. */
    public record Entry(String file, String url, String outlet, LocalDate published) {
    }

    private final Path source;
    private final Map<String, Entry> entries;

    private Manifest(Path source, Map<String, Entry> entries) {
        this.source = source;
        this.entries = Collections.unmodifiableMap(entries);
    }

    /**
     * Reads a manifest.
     *
     * @throws ManifestException naming the file and the reason when it cannot be read or is malformed
     */
    public static Manifest load(Path file) {
        String content;
        try {
            content = TextDecoder.decodeText(Files.readAllBytes(file));
        } catch (IOException | UncheckedIOException e) {
            throw new ManifestException("manifest " + file + ": cannot read it (" + e.getMessage() + ")", e);
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        String start = content.stripLeading();
        if (start.isEmpty()) {
            throw new ManifestException("manifest " + file + ": the file is empty");
        }
        boolean json = name.endsWith(".json") || !name.endsWith(".csv") && (start.startsWith("[") || start.startsWith("{"));
        Map<String, Entry> entries = json ? fromJson(file, content) : fromCsv(file, content);
        return new Manifest(file, entries);
    }

    /** The manifest file this was read from. */
    public Path source() {
        return source;
    }

    /** All entries, keyed by their normalised file key, in file order. */
    public Map<String, Entry> entries() {
        return entries;
    }

    /** The entry for the first of {@code keys} (relative paths or file names) that the manifest names. */
    public Optional<Entry> find(List<String> keys) {
        for (String k : keys) {
            Entry e = entries.get(key(k));
            if (e != null) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    static String key(String file) {
        String k = file.strip().replace('\\', '/');
        while (k.startsWith("./")) {
            k = k.substring(2);
        }
        return k;
    }

    private static Map<String, Entry> fromCsv(Path file, String content) {
        Map<String, Entry> out = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).build();
        try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
            Map<String, String> columns = new LinkedHashMap<>();
            for (String h : parser.getHeaderNames()) {
                if (h != null && !h.isBlank()) {
                    columns.putIfAbsent(h.strip().toLowerCase(Locale.ROOT), h);
                }
            }
            String fileColumn = columns.containsKey("file") ? columns.get("file") : columns.get("path");
            if (fileColumn == null) {
                throw new ManifestException("manifest " + file + ": the header row " + parser.getHeaderNames()
                        + " has no 'file' or 'path' column");
            }
            Iterator<CSVRecord> it = parser.iterator();
            while (it.hasNext()) {
                CSVRecord r;
                try {
                    r = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new ManifestException("manifest " + file + ": malformed CSV (" + e.getMessage() + ")", e);
                }
                String where = "manifest " + file + ", row " + r.getRecordNumber();
                Map<String, String> values = new LinkedHashMap<>();
                for (Map.Entry<String, String> c : columns.entrySet()) {
                    values.put(c.getKey(), r.isSet(c.getValue()) ? r.get(c.getValue()) : null);
                }
                if (values.values().stream().allMatch(v -> v == null || v.isBlank())) {
                    continue;
                }
                put(out, entry(values, where), where);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            if (e instanceof ManifestException me) {
                throw me;
            }
            throw new ManifestException("manifest " + file + ": malformed CSV (" + e.getMessage() + ")", e);
        }
        if (out.isEmpty()) {
            throw new ManifestException("manifest " + file + ": no entries under the header row");
        }
        return out;
    }

    private static Map<String, Entry> fromJson(Path file, String content) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(content);
        } catch (JsonProcessingException e) {
            throw new ManifestException("manifest " + file + ": malformed JSON (" + e.getOriginalMessage() + ")", e);
        }
        Map<String, Entry> out = new LinkedHashMap<>();
        if (root != null && root.isArray()) {
            int i = 0;
            for (JsonNode n : root) {
                String where = "manifest " + file + ", element " + i++;
                put(out, entry(fields(n, where, null), where), where);
            }
        } else if (root != null && root.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = root.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> f = it.next();
                String where = "manifest " + file + ", entry '" + f.getKey() + "'";
                put(out, entry(fields(f.getValue(), where, f.getKey()), where), where);
            }
        } else {
            throw new ManifestException("manifest " + file + ": expected a JSON array of objects or an object keyed by file");
        }
        if (out.isEmpty()) {
            throw new ManifestException("manifest " + file + ": no entries");
        }
        return out;
    }

    private static Map<String, String> fields(JsonNode n, String where, String keyFile) {
        if (n == null || !n.isObject()) {
            throw new ManifestException(where + ": expected an object with file, url, outlet, published");
        }
        Map<String, String> values = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = n.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode v = f.getValue();
            if (v.isContainerNode()) {
                continue;
            }
            values.putIfAbsent(f.getKey().strip().toLowerCase(Locale.ROOT), v.isNull() ? null : v.asText());
        }
        if (keyFile != null) {
            values.putIfAbsent("file", keyFile);
        }
        return values;
    }

    private static Entry entry(Map<String, String> v, String where) {
        String file = first(v, "file", "path");
        if (file == null) {
            throw new ManifestException(where + ": no 'file' or 'path' value");
        }
        String date = first(v, "published", "date");
        LocalDate published = null;
        if (date != null) {
            published = new TextDateFinder().parse(date)
                    .orElseThrow(() -> new ManifestException(where + ": cannot read the date '" + date + "'"));
        }
        return new Entry(key(file), first(v, "url"), first(v, "outlet", "source"), published);
    }

    private static String first(Map<String, String> v, String... names) {
        for (String n : names) {
            String s = TextLines.clean(v.get(n));
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    private static void put(Map<String, Entry> out, Entry e, String where) {
        if (out.putIfAbsent(e.file(), e) != null) {
            throw new ManifestException(where + ": file '" + e.file() + "' is listed twice");
        }
    }

}
