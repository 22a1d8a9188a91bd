package io.concord.eval.quotes;

/** A character range [begin, end) of an article's text (Java string offsets). */
public record Span(int begin, int end) {
    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span " + begin + "-" + end);
        }
    }

    public int overlap(int b, int e) {
        return Math.max(0, Math.min(end, e) - Math.max(begin, b));
    }
}
