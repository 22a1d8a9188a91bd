package io.concord.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises SUTime's false positives in news: a month name that is part of a person's name ("Zhai Jun"
 * read as June, "Theresa May" read as May), and a lower-case word that only looks like a month ("the
 * march on the capital", "may"). A time expression is taken to be part of a name when it has no digits,
 * contains a month word, and either holds a capitalised word that is not a temporal word ("Zhai Jun") or
 * touches a token the NER tags as PERSON ("Theresa" + "May").
 */
public final class DateFalsePositives {
    private static final Pattern MONTH = Pattern.compile(
            "(?i)(january|february|march|april|may|june|july|august|september|october|november|december"
                    + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?");
    private static final Set<String> TEMPORAL = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "early", "earlier", "late", "later", "mid", "middle", "last", "next", "this", "that", "past",
            "previous", "coming", "following", "in", "on", "of", "by", "since", "until", "till", "before",
            "after", "during", "from", "to", "through", "the", "a", "end", "beginning", "start", "begin",
            "spring", "summer", "autumn", "fall", "winter", "christmas", "easter", "new", "year", "day",
            "week", "weekend", "month", "morning", "afternoon", "evening", "night", "and", "or", "-", ",",
            "ides", "first", "second", "third", "fourth");

    private static final Pattern LOWER_CASE_MONTH = Pattern.compile("^(?:this |the |a |in )?(march|may)$");

    private DateFalsePositives() {
    }

    /** @return true when the expression is a name or a common word rather than a time expression */
    public static boolean isFalsePositive(TimeExpression expression, List<Token> tokens) {
        return LOWER_CASE_MONTH.matcher(expression.text().strip()).matches() || isPartOfName(expression, tokens);
    }

    /**
     * @param expression the time expression
     * @param tokens     the tokens of its sentence (with NER tags)
     * @return true when the expression is most likely part of a person's name, not a date
     */
    public static boolean isPartOfName(TimeExpression expression, List<Token> tokens) {
        String text = expression.text();
        if (text.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.begin() >= expression.begin() && t.end() <= expression.end()) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return false;
        }
        boolean hasMonth = false;
        boolean hasNameWord = false;
        for (int i = first; i <= last; i++) {
            String w = tokens.get(i).word();
            if (MONTH.matcher(w).matches()) {
                hasMonth = true;
            } else if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))
                    && !TEMPORAL.contains(w.toLowerCase(Locale.ROOT))) {
                hasNameWord = true;
            }
        }
        if (!hasMonth) {
            return false;
        }
        if (hasNameWord) {
            return true;
        }
        boolean personBefore = first > 0 && isPersonName(tokens.get(first - 1));
        boolean personAfter = last + 1 < tokens.size() && isPersonName(tokens.get(last + 1));
        return personBefore || personAfter;
    }

    private static boolean isPersonName(Token t) {
        return "PERSON".equals(t.ner()) && !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0));
    }
}
