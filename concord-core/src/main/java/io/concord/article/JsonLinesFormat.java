package io.concord.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JSON Lines in news-please's field names, one article per line: {@code title}, {@code maintext}
 * (else {@code text}, else {@code description}), {@code date_publish}, {@code source_domain}, {@code url},
 * {@code authors}. Each record's path is {@code file#lineNumber}.
 */
final class JsonLinesFormat {
    private static final int MAX_LINE_PROBLEMS = 50;
    private static final int MAX_MESSAGE = 160;

    private final ObjectMapper json = new ObjectMapper();
    private final TextDateFinder dates;

    JsonLinesFormat(TextDateFinder dates) {
        this.dates = dates;
    }

    Ingested read(byte[] bytes, String path) {
        if (TextDecoder.isBinary(bytes)) {
            return new Ingested(List.of(), List.of(new Problem(path, "binary content, not JSON Lines")));
        }
        String content = TextDecoder.decodeText(bytes);
        if (content.isBlank()) {
            return new Ingested(List.of(), List.of(new Problem(path, "empty file (no records)")));
        }
        List<Article> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int lineProblems = 0;
        int moreProblems = 0;
        String[] lines = content.split("\\r?\\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String recordPath = path + "#" + (i + 1);
            List<Problem> found = new ArrayList<>();
            Article a = record(lines[i], recordPath, found);
            if (a != null) {
                articles.add(a);
            }
            for (Problem p : found) {
                if (lineProblems < MAX_LINE_PROBLEMS) {
                    problems.add(p);
                    lineProblems++;
                } else {
                    moreProblems++;
                }
            }
        }
        if (moreProblems > 0) {
            problems.add(new Problem(path, moreProblems + " more problems in further lines (not listed)"));
        }
        return new Ingested(articles, problems);
    }

    private Article record(String line, String path, List<Problem> problems) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            problems.add(new Problem(path, "malformed JSON: " + shortMessage(e.getOriginalMessage())));
            return null;
        }
        if (node == null || !node.isObject()) {
            problems.add(new Problem(path, "not a JSON object"));
            return null;
        }
        String text = TextLines.paragraphText(firstText(node, "maintext", "text", "description"));
        if (text.isBlank()) {
            problems.add(new Problem(path, "no text (maintext, text and description are empty)"));
            return null;
        }
        LocalDate published = null;
        DateSource from = DateSource.NONE;
        String rawDate = string(node, "date_publish");
        if (rawDate != null) {
            Optional<LocalDate> d = dates.parse(rawDate);
            if (d.isPresent()) {
                published = d.get();
                from = DateSource.METADATA;
            } else {
                problems.add(new Problem(path, "cannot read date_publish '" + shortMessage(rawDate) + "'; looked in the text instead"));
            }
        }
        if (published == null) {
            Optional<LocalDate> d = dates.find(text);
            if (d.isPresent()) {
                published = d.get();
                from = DateSource.TEXT;
            }
        }
        String outlet = TextLines.clean(string(node, "source_domain"));
        if (outlet == null) {
            outlet = TxtFormat.outlet(List.of(text.split("\n\n")));
        }
        return new Article("?", TextLines.clean(string(node, "title")), text, outlet,
                TextLines.clean(string(node, "url")), path, authors(node.get("authors")), published, from);
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String f : fields) {
            String v = string(node, f);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    private static String authors(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isArray()) {
            List<String> names = new ArrayList<>();
            v.forEach(n -> {
                String s = n.isValueNode() ? TextLines.clean(n.asText()) : null;
                if (s != null) {
                    names.add(s);
                }
            });
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return v.isValueNode() ? TextLines.clean(v.asText()) : null;
    }

    private static String shortMessage(String s) {
        String first = s == null ? "" : s.lines().findFirst().orElse("");
        return first.length() > MAX_MESSAGE ? first.substring(0, MAX_MESSAGE) + "…" : first;
    }
}
