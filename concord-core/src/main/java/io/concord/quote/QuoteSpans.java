package io.concord.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the stretches of text between double quotation marks: straight ({@code "}), curly
 * ({@code “ ”}), low-9 ({@code „}) and guillemets ({@code « »}). Quotes are paired within a paragraph
 * (paragraphs are separated by a blank line); a quote still open at the end of a paragraph ends there, and
 * when the next paragraph opens with a quotation mark that span is marked as its continuation (the news
 * convention for quotes running over several paragraphs). Marks of the other style inside an open quote are
 * nested quotes and belong to it.
 */
final class QuoteSpans {
    private QuoteSpans() {
    }

    static List<QuoteSpan> find(String text) {
        List<QuoteSpan> spans = new ArrayList<>();
        int start = 0;
        boolean previousUnclosed = false;
        while (start < text.length()) {
            int next = text.indexOf("\n\n", start);
            int end = next < 0 ? text.length() : next;
            previousUnclosed = scanParagraph(text, start, end, previousUnclosed, spans);
            if (next < 0) {
                break;
            }
            start = next;
            while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
        }
        return spans;
    }

    /** Scans one paragraph; returns whether it ended inside an unclosed quote. */
    private static boolean scanParagraph(String text, int from, int to, boolean previousUnclosed, List<QuoteSpan> out) {
        int open = -1;
        char style = 0; // '"' for straight, '“' for curly/low/guillemet style
        int depth = 0;
        boolean first = true;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (open < 0) {
                boolean reversed = isClosing(c) && (i == from || Character.isWhitespace(text.charAt(i - 1)))
                        && (first || i + 1 < to && !Character.isWhitespace(text.charAt(i + 1)));
                if (c == '"' || isOpening(c) || reversed) {
                    open = i;
                    style = c == '"' ? '"' : '“'; // a closing mark opening a quote is a typo for the opening one
                    depth = 1;
                } else if (!Character.isWhitespace(c)) {
                    first = false;
                }
                continue;
            }
            if (style == '"') {
                // curly marks nest inside a straight quote; an unmatched closing one ends it ("...” typed mixed)
                if (isOpening(c)) {
                    depth++;
                } else if (c == '"' || isClosing(c) && depth == 1) {
                    add(text, open, i + 1, true, first && previousUnclosed, out);
                    open = -1;
                    first = false;
                } else if (isClosing(c)) {
                    depth--;
                }
            } else if (isOpening(c)) {
                depth++;
            } else if (isClosing(c)) {
                depth--;
                if (depth == 0) {
                    add(text, open, i + 1, true, first && previousUnclosed, out);
                    open = -1;
                    first = false;
                }
            }
        }
        if (open >= 0) {
            int end = to;
            while (end > open + 1 && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            add(text, open, end, false, first && previousUnclosed, out);
            return true;
        }
        return false;
    }

    private static void add(String text, int open, int close, boolean closed, boolean continues, List<QuoteSpan> out) {
        int b = open + 1;
        int e = closed ? close - 1 : close;
        while (b < e && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        boolean hasWord = false;
        for (int i = b; i < e && !hasWord; i++) {
            hasWord = Character.isLetterOrDigit(text.charAt(i));
        }
        if (hasWord) {
            out.add(new QuoteSpan(open, close, b, e, closed, continues));
        }
    }

    static boolean isOpening(char c) {
        return c == '“' || c == '„' || c == '«';
    }

    static boolean isClosing(char c) {
        return c == '”' || c == '»';
    }

    static boolean isMark(char c) {
        return c == '"' || isOpening(c) || isClosing(c);
    }
}
