package io.concord.nlp;

/**
 * A time expression found in the text and normalised against the article's publication date.
 *
 * @param type  TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value TIMEX3 value, e.g. "2012-02-17", "2012-02", "2012-W07", "PRESENT_REF", "P2W"; null when unresolved
 */
public record TimeExpression(String text, String type, String value, int begin, int end) {
}
