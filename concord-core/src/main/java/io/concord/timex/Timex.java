package io.concord.timex;

/**
 * One TIMEX3 annotation of a TimeML document's text.
 *
 * @param tid   the annotation id ("t1")
 * @param type  DATE, TIME, DURATION or SET
 * @param value the normalised TIMEX3 value ("1998-02-13", "P2W", "PRESENT_REF"); null when none
 * @param begin character offset of its first character in the document text
 * @param end   character offset after its last character
 * @param text  the annotated text
 */
public record Timex(String tid, String type, String value, int begin, int end, String text) {
    public Timex {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad TIMEX3 span " + begin + ".." + end);
        }
    }
}
