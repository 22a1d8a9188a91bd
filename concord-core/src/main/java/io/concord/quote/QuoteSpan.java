package io.concord.quote;

/**
 * One stretch of text between quotation marks, within one paragraph.
 *
 * @param open      offset of the opening mark
 * @param close     offset just after the closing mark, or the paragraph's end when the quote is not closed there
 * @param begin     offset of the first quoted character (whitespace trimmed)
 * @param end       offset just after the last quoted character (whitespace trimmed)
 * @param closed    whether a closing mark was found in the paragraph
 * @param continues whether this span continues the unclosed quote of the previous paragraph
 */
record QuoteSpan(int open, int close, int begin, int end, boolean closed, boolean continues) {

    /** Whether the character range [from, to) lies inside the span, marks included. */
    boolean covers(int from, int to) {
        return from >= open && to <= close;
    }
}
