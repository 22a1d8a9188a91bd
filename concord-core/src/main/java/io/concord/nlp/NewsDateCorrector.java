package io.concord.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fixes SUTime's resolution for news. In a report, a bare weekday ("on Thursday", "Saturday's meeting")
 * or a bare month name ("in February") refers to the most recent such day or month on or before the
 * publication date, unless the text marks it as future ("next Thursday", or a clause about the future:
 * "will meet on Friday"), in which case it is the first such day or month on or after it. A day of a
 * month without a year ("Oct. 23") more than {@value #MONTH_DAY_REACH} days after the publication date
 * is last year's, unless the clause is about the future. "Two weeks ago" gets the precision its unit has
 * (a week, not a day). Expressions with an explicit year are left as SUTime resolved them.
 */
public final class NewsDateCorrector {
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)('s)?\\b");
    private static final Pattern MONTH = Pattern.compile(
            "(?i)^(?:(?:early|late|mid|in|last|this)[- ]+)?(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?$");
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(next|coming|following|upcoming)\\b");
    private static final Pattern AGO = Pattern.compile(
            "(?i)^(?:about |nearly |almost |some |more than |over |roughly |around |just |only )?"
                    + "(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+|a few|several)"
                    + "[- ](year|month|week)s?[- ]ago$");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?i)^(?:on |by |since |until |from )?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.? \\d{1,2}(?:st|nd|rd|th)?"
                    + "|\\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?)$");
    /** A day and month without a year this far from the publication date is taken to be in the adjacent year. */
    static final int MONTH_DAY_REACH = 60;
    private static final Pattern DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
    private static final Pattern DAY_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(T.*)?$");
    private static final Pattern YEAR_MONTH = Pattern.compile("^\\d{4}-\\d{2}$");

    private NewsDateCorrector() {
    }

    /**
     * Corrects a value for a report, assuming the expression is not in a clause about the future.
     *
     * @param expression the expression as written
     * @param value      SUTime's TIMEX value, may be null
     * @param published  the article's publication date, may be null
     * @return the corrected value
     */
    public static String correct(String expression, String value, LocalDate published) {
        return correct(expression, value, published, false);
    }

    /**
     * @param expression the expression as written
     * @param value      SUTime's TIMEX value, may be null
     * @param published  the article's publication date, may be null
     * @param future     whether the expression's clause is about the future ("will arrive on Friday")
     * @return the corrected value
     */
    public static String correct(String expression, String value, LocalDate published, boolean future) {
        if (value == null || published == null || FUTURE.matcher(expression).find()) {
            return value;
        }
        try {
            return correctValue(expression, value, published, future);
        } catch (DateTimeParseException e) {
            return value; // SUTime gave an impossible date ("2012-02-30"): leave it
        }
    }

    private static String correctValue(String expression, String value, LocalDate published, boolean future) {
        String expr = expression.strip();
        Matcher ago = AGO.matcher(expr);
        if (ago.matches() && DAY.matcher(value).matches()) {
            return agoPrecision(LocalDate.parse(value), ago.group(1).toLowerCase(Locale.ROOT));
        }
        if (MONTH_DAY.matcher(expr).matches() && DAY.matcher(value).matches()) {
            return nearerYear(LocalDate.parse(value), published, future);
        }
        Matcher w = WEEKDAY.matcher(expr);
        Matcher dayTime = DAY_TIME.matcher(value);
        if (w.find() && dayTime.matches() && !expr.matches(".*\\d.*")) {
            String suffix = dayTime.group(2) == null ? "" : dayTime.group(2);
            String corrected = correctWeekday(w, LocalDate.parse(dayTime.group(1)), published, future);
            return corrected == null ? value : corrected + suffix;
        }
        if (MONTH.matcher(expr).matches() && YEAR_MONTH.matcher(value).matches()) {
            YearMonth ym = YearMonth.parse(value);
            YearMonth pub = YearMonth.from(published);
            if (future) {
                while (ym.isBefore(pub)) {
                    ym = ym.plusYears(1);
                }
                return ym.toString();
            }
            while (ym.isAfter(pub)) {
                ym = ym.minusYears(1);
            }
            return ym.toString();
        }
        return value;
    }

    /**
     * "Oct. 23" in a report of May is last October unless the clause is about the future; "Jan. 5" in a
     * report of December, in a clause about the future, is next January.
     */
    private static String nearerYear(LocalDate d, LocalDate published, boolean future) {
        if (!future && d.isAfter(published.plusDays(MONTH_DAY_REACH))) {
            return d.minusYears(1).toString();
        }
        if (future && d.isBefore(published.minusDays(MONTH_DAY_REACH))) {
            return d.plusYears(1).toString();
        }
        return d.toString();
    }

    /** @return the corrected day, or null to keep SUTime's value */
    private static String correctWeekday(Matcher weekday, LocalDate d, LocalDate published, boolean future) {
        DayOfWeek target;
        try {
            target = DayOfWeek.valueOf(weekday.group(1).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (future) {
            return d.isBefore(published) || d.getDayOfWeek() != target ? nextOnOrAfter(published, target) : null;
        }
        if (d.isAfter(published) || d.getDayOfWeek() != target) {
            LocalDate back = published;
            while (back.getDayOfWeek() != target) {
                back = back.minusDays(1);
            }
            return back.toString();
        }
        return null;
    }

    private static String nextOnOrAfter(LocalDate from, DayOfWeek target) {
        LocalDate d = from;
        while (d.getDayOfWeek() != target) {
            d = d.plusDays(1);
        }
        return d.toString();
    }

    private static String agoPrecision(LocalDate day, String unit) {
        return switch (unit) {
            case "year" -> String.valueOf(day.getYear());
            case "month" -> YearMonth.from(day).toString();
            default -> String.format(Locale.ROOT, "%d-W%02d",
                    day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        };
    }
}
