package io.concord.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Normalises raw text into trimmed lines and builds the paragraph text Concord's records carry. */
final class TextLines {
    private static final Pattern SPACES = Pattern.compile("[\\t\\x0B\\f\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000 ]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u0000-\\u0008\\u000E-\\u001F\\u007F\\u200B-\\u200D\\u2060\\uFEFF\\uFFFE]");
    private static final Pattern ENDS_CLAUSE = Pattern.compile(".*[.!?:;…][\"'”’)\\]]*$");
    private static final Pattern STARTS_LOWER = Pattern.compile("^[\"'“‘(]?\\p{Ll}.*");

    private TextLines() {
    }

    /** Every line of {@code raw} with spacing normalised; blank lines are kept as empty strings. */
    static List<String> lines(String raw) {
        String text = INVISIBLE.matcher(raw).replaceAll("");
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\r\\n|\\r|\\n|\\u2028|\\u2029|\\u0085", -1)) {
            out.add(SPACES.matcher(line).replaceAll(" ").strip());
        }
        return out;
    }

    /**
     * Paragraphs from lines: each non-empty line is a paragraph, except that a line broken inside a sentence
     * (no closing punctuation, the next line directly below starting in lower case) is joined with the next.
     */
    static List<String> paragraphs(List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        for (String line : lines) {
            if (line.isEmpty()) {
                if (current != null) {
                    out.add(current.toString());
                    current = null;
                }
                continue;
            }
            if (current != null && !ENDS_CLAUSE.matcher(current).matches() && STARTS_LOWER.matcher(line).matches()) {
                current.append(' ').append(line);
                continue;
            }
            if (current != null) {
                out.add(current.toString());
            }
            current = new StringBuilder(line);
        }
        if (current != null) {
            out.add(current.toString());
        }
        return out;
    }

    /** Paragraph text of a raw string: normalised lines, paragraphs separated by a blank line. */
    static String paragraphText(String raw) {
        return String.join("\n\n", paragraphs(lines(raw)));
    }

    /** A single-line value with spacing normalised, or null when blank. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String v = SPACES.matcher(INVISIBLE.matcher(value).replaceAll("")).replaceAll(" ").replaceAll("\\s*\\R\\s*", " ").strip();
        return v.isEmpty() ? null : v;
    }
}
