package io.concord.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fixes SUTime's forward-looking resolution for news. In a report, a bare weekday ("on Thursday",
 * "Saturday's meeting") or a bare month name ("in February") refers to the most recent such day or month
 * on or before the publication date, unless the text marks it as future ("next Thursday").
 * Expressions with an explicit day of month or year are left as SUTime resolved them.
 */
public final class NewsDateCorrector {
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)('s)?\\b");
    private static final Pattern MONTH = Pattern.compile(
            "(?i)^(?:(?:early|late|mid|in|last|this)[- ]+)?(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?$");
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(next|coming|following|upcoming)\\b");
    private static final Pattern DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
    private static final Pattern YEAR_MONTH = Pattern.compile("^\\d{4}-\\d{2}$");

    private NewsDateCorrector() {
    }

    /**
     * @param expression the expression as written
     * @param value      SUTime's TIMEX value, may be null
     * @param published  the article's publication date, may be null
     * @return the corrected value
     */
    public static String correct(String expression, String value, LocalDate published) {
        if (value == null || published == null || FUTURE.matcher(expression).find()) {
            return value;
        }
        String expr = expression.strip();
        Matcher w = WEEKDAY.matcher(expr);
        if (w.find() && DAY.matcher(value).matches() && !expr.matches(".*\\d.*")) {
            try {
                LocalDate d = LocalDate.parse(value);
                DayOfWeek target = DayOfWeek.valueOf(w.group(1).toUpperCase(Locale.ROOT));
                if (d.isAfter(published) || d.getDayOfWeek() != target) {
                    LocalDate back = published;
                    while (back.getDayOfWeek() != target) {
                        back = back.minusDays(1);
                    }
                    return back.toString();
                }
            } catch (DateTimeParseException | IllegalArgumentException e) {
                return value;
            }
            return value;
        }
        if (MONTH.matcher(expr).matches() && YEAR_MONTH.matcher(value).matches()) {
            YearMonth ym = YearMonth.parse(value);
            YearMonth pub = YearMonth.from(published);
            while (ym.isAfter(pub)) {
                ym = ym.minusYears(1);
            }
            return ym.toString();
        }
        return value;
    }
}
