package io.concord.eval.rouge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a summary into ROUGE-1.5.5's units, following its {@code readText}, {@code readText_LCS},
 * {@code tokenizeText_LCS} and {@code createNGram} step by step (SPL input: one sentence a line).
 * <ol>
 *   <li>Lines are split on '\n' only; empty lines are skipped; A-Z are lower-cased (ASCII only).</li>
 *   <li>Length limit, before any clean-up. Words: a line is split on whitespace (a line starting with
 *       whitespace yields an empty first "word", as Perl's {@code split(/\s+/)} does); whole lines are
 *       kept while the running total stays below the limit, then the first (limit - total) words of
 *       the next line, and reading stops. Bytes: the same with the line's length in bytes (UTF-8) and
 *       a prefix of the next line; joining spaces are not counted. For ROUGE-L's per-sentence view in
 *       byte mode ROUGE-1.5.5 never adds up the running total (each line is compared with the limit on
 *       its own); that quirk is kept, so ROUGE-L then sees more text than ROUGE-N.</li>
 *   <li>Clean-up: '-' becomes " - ", every character other than A-Z, a-z, 0-9 and '-' becomes a space;
 *       split on whitespace; tokens not starting with [a-z0-9] (that is, the '-' tokens) are dropped.
 *       The net effect is that a token is a maximal run of ASCII lower-case letters and digits.</li>
 *   <li>With {@code -s}, tokens in the stopword list are dropped. With {@code -m}, a token longer than
 *       three characters is replaced by its WordNet exception base form when listed, else by its
 *       Porter stem; shorter tokens are kept as they are.</li>
 * </ol>
 * ROUGE-N and ROUGE-SU count over the tokens of the whole (truncated) summary, across sentence
 * boundaries; ROUGE-L keeps the sentences apart.
 */
final class RougeText {
    /** The tokens of the whole summary, and the tokens of each of its sentences (for ROUGE-L). */
    record Units(List<String> tokens, List<List<String>> sentences) {
    }

    /** Maps a cleaned token to the form that is counted: null drops it (a stopword). */
    interface TokenFilter {
        String apply(String token);
    }

    private RougeText() {
    }

    static Units units(String text, int wordLimit, int byteLimit, TokenFilter filter) {
        List<String> lines = lines(text);
        List<String> tokens = new ArrayList<>();
        for (String piece : truncate(lines, wordLimit, byteLimit, false)) {
            tokenize(piece, filter, tokens);
        }
        List<String> lcsPieces = byteLimit > 0 ? truncate(lines, wordLimit, byteLimit, true)
                : truncate(lines, wordLimit, byteLimit, false);
        List<List<String>> sentences = new ArrayList<>(lcsPieces.size());
        for (String piece : lcsPieces) {
            List<String> sentence = new ArrayList<>();
            tokenize(piece, filter, sentence);
            sentences.add(List.copyOf(sentence));
        }
        return new Units(List.copyOf(tokens), List.copyOf(sentences));
    }

    /** Non-empty lines, A-Z lower-cased. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty()) {
                lines.add(asciiLower(line));
            }
        }
        return lines;
    }

    /**
     * The pieces of text kept under the limit, in order (whole lines, then possibly a cut line).
     *
     * @param lcsByteQuirk true for ROUGE-1.5.5's readText_LCS byte mode, which never accumulates
     */
    static List<String> truncate(List<String> lines, int wordLimit, int byteLimit, boolean lcsByteQuirk) {
        if (wordLimit == 0 && byteLimit == 0) {
            return lines;
        }
        List<String> kept = new ArrayList<>();
        int total = 0;
        for (String line : lines) {
            if (wordLimit != 0) {
                String[] words = perlSplit(line);
                if (total + words.length < wordLimit) {
                    kept.add(line);
                    total += words.length;
                } else {
                    kept.add(String.join(" ", Arrays.copyOfRange(words, 0, wordLimit - total)));
                    break;
                }
            } else {
                int bytes = line.getBytes(StandardCharsets.UTF_8).length;
                if (total + bytes < byteLimit) {
                    kept.add(line);
                    if (!lcsByteQuirk) {
                        total += bytes;
                    }
                } else {
                    kept.add(utf8Prefix(line, byteLimit - total));
                    break;
                }
            }
        }
        return kept;
    }

    /** Perl's {@code split(/\s+/, s)}: a leading empty field is kept, trailing empty fields dropped. */
    static String[] perlSplit(String s) {
        if (s.isEmpty()) {
            return new String[0];
        }
        return s.split("[ \\t\\n\\r\\f\\u000B]+");
    }

    /** The longest prefix of {@code s} whose UTF-8 encoding fits in {@code bytes} bytes. */
    static String utf8Prefix(String s, int bytes) {
        int used = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (used + len > bytes) {
                break;
            }
            used += len;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }

    /** Appends the counted tokens of one piece of text: runs of [a-z0-9], filtered. */
    static void tokenize(String piece, TokenFilter filter, List<String> out) {
        int n = piece.length();
        int i = 0;
        while (i < n) {
            while (i < n && !isTokenChar(piece.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && isTokenChar(piece.charAt(i))) {
                i++;
            }
            if (i > start) {
                String token = filter.apply(piece.substring(start, i));
                if (token != null) {
                    out.add(token);
                }
            }
        }
    }

    private static boolean isTokenChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    static String asciiLower(String s) {
        char[] chars = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (chars == null) {
                    chars = s.toCharArray();
                }
                chars[i] = (char) (c + ('a' - 'A'));
            }
        }
        return chars == null ? s : new String(chars);
    }
}
