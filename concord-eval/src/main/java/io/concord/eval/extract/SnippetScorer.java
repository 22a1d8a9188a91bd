package io.concord.eval.extract;

import java.util.List;

/**
 * Scores an extracted text against must/must-not snippets like trafilatura's {@code tests/evaluate.py}: a
 * {@code with} snippet contained in the output is a true positive (else a false negative), a {@code without}
 * snippet contained in it a false positive (else a true negative). Before the containment test, runs of
 * whitespace (including no-break spaces) in output and snippet become one space, as trafilatura's own output
 * is normalised; a null output counts all {@code with} snippets as missed.
 */
public final class SnippetScorer {
    private SnippetScorer() {
    }

    public static SnippetCounts score(String output, List<String> with, List<String> without) {
        if (output == null) {
            return new SnippetCounts(0, with.size(), 0, without.size());
        }
        String text = normalise(output);
        int tp = 0;
        int fp = 0;
        for (String s : with) {
            if (text.contains(normalise(s))) {
                tp++;
            }
        }
        for (String s : without) {
            if (text.contains(normalise(s))) {
                fp++;
            }
        }
        return new SnippetCounts(tp, with.size() - tp, fp, without.size() - fp);
    }

    /** Collapses every run of whitespace (Unicode white space and no-break spaces) to one space and trims. */
    public static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }
}
