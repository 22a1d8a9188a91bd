package io.concord.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Plain-text reports: the first non-empty line is the title, every further non-empty line a paragraph.
 * The date comes from a date-stamp line or dateline in the text; the outlet from a credit line.
 */
final class TxtFormat {
    private static final int MIN_UNTITLED_WORDS = 12;

    private final TextDateFinder dates;

    TxtFormat(TextDateFinder dates) {
        this.dates = dates;
    }

    Ingested read(byte[] bytes, String path) {
        if (TextDecoder.isBinary(bytes)) {
            return problem(path, "binary content, not text");
        }
        List<String> lines = TextLines.lines(TextDecoder.decodeText(bytes));
        int first = 0;
        while (first < lines.size() && lines.get(first).isEmpty()) {
            first++;
        }
        if (first == lines.size()) {
            return problem(path, "empty file (no text)");
        }
        String title = lines.get(first);
        if (isSentence(title)) {
            // no title line: the file starts with its text
            title = null;
            first--;
        }
        List<String> body = TextLines.paragraphs(lines.subList(first + 1, lines.size()));
        if (title == null && body.isEmpty()) {
            return problem(path, "no text");
        }
        if (body.isEmpty()) {
            return problem(path, "only a title line, no text");
        }
        String text = String.join("\n\n", body);
        Optional<LocalDate> date = dates.find((title == null ? "" : title + "\n") + String.join("\n", body));
        String outlet = outlet(body);
        Article a = new Article("?", title, text, outlet, null, path, null,
                date.orElse(null), date.isPresent() ? DateSource.TEXT : DateSource.NONE);
        return new Ingested(List.of(a), List.of());
    }

    /** A full sentence of some length, not a headline: the first line of a file without a title. */
    private static boolean isSentence(String line) {
        return line.split("\\s+").length >= MIN_UNTITLED_WORDS && line.matches(".*[.!?][\"'”’)]?$");
    }

    /** The outlet named by a credit line, the last one in the text (credits close a report). */
    static String outlet(List<String> paragraphs) {
        for (int i = paragraphs.size() - 1; i >= 0; i--) {
            Optional<String> o = CreditLine.outletOf(paragraphs.get(i));
            if (o.isPresent()) {
                return o.get();
            }
        }
        return null;
    }

    private static Ingested problem(String path, String reason) {
        return new Ingested(List.of(), List.of(new Problem(path, reason)));
    }
}
