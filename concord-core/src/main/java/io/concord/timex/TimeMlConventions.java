package io.concord.timex;

import io.concord.nlp.TimeExpression;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a time expression the way TimeML (TimeBank, TempEval-3) annotates it:
 * <ul>
 *   <li>"the past three months", "the last year": a DURATION (P3M, P1Y), not the dated period;</li>
 *   <li>ages ("a 44-year-old"), "previously", "earlier", "later", "once", a bare "future", "present" or
 *   "day", and the adjectives "quarterly" and "annual" are not annotated (TimeBank rarely does);</li>
 *   <li>SUTime's compound values ("THIS P1D INTERSECT XXXX-11-03") become the date they contain.</li>
 * </ul>
 */
public final class TimeMlConventions {
    private static final Pattern AGE = Pattern.compile("(?i).*\\b(year|month|week|day)s?[- ]old\\b.*");
    private static final Pattern NOT_ANNOTATED = Pattern.compile("(?i)^(previously|earlier|later|once|former|formerly|time|future|present|quarterly|annual|day)$");
    private static final Pattern SPAN = Pattern.compile(
            "(?i)^(?:the|these|those) (?:past|last|previous|next|coming|following|first|final) "
                    + "(?:(\\d+|a few|few|several|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                    + "fifteen|twenty|thirty|fifty|hundred) )?(year|month|week|day|hour|minute|decade|centur)(?:y|ies|s)?$");
    private static final Map<String, String> NUMBERS = Map.ofEntries(
            Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"),
            Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"),
            Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"), Map.entry("fifteen", "15"),
            Map.entry("twenty", "20"), Map.entry("thirty", "30"), Map.entry("fifty", "50"), Map.entry("hundred", "100"));
    private static final Pattern DATE_IN_COMPOUND = Pattern.compile("(\\d{4}|XXXX)(-\\d{2}(-\\d{2})?)?");

    private TimeMlConventions() {
    }

    /**
     * @param t   an expression as Concord's analyser produced it
     * @param dct the document creation date, may be null
     * @return the expression in TimeML's conventions, or null when TimeML would not annotate it
     */
    public static TimeExpression apply(TimeExpression t, LocalDate dct) {
        String text = t.text().strip();
        if (AGE.matcher(text).matches() || NOT_ANNOTATED.matcher(text).matches()) {
            return null;
        }
        Matcher span = SPAN.matcher(text);
        if (span.matches()) {
            return new TimeExpression(t.text(), "DURATION", duration(span.group(1), span.group(2)), t.begin(), t.end());
        }
        String value = t.value();
        if (value != null && value.contains(" ")) {
            Matcher m = DATE_IN_COMPOUND.matcher(value);
            String date = null;
            while (m.find()) {
                if (date == null || m.group().length() > date.length()) {
                    date = m.group();
                }
            }
            if (date != null && date.startsWith("XXXX") && dct != null) {
                date = dct.getYear() + date.substring(4);
            }
            return new TimeExpression(t.text(), t.type(), date, t.begin(), t.end());
        }
        return t;
    }

    private static String duration(String count, String unit) {
        String n;
        if (count == null) {
            n = "1";
        } else if (count.matches("\\d+")) {
            n = count;
        } else {
            n = NUMBERS.getOrDefault(count.toLowerCase(Locale.ROOT), "X");
        }
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "year" -> "P" + n + "Y";
            case "month" -> "P" + n + "M";
            case "week" -> "P" + n + "W";
            case "day" -> "P" + n + "D";
            case "hour" -> "PT" + n + "H";
            case "minute" -> "PT" + n + "M";
            case "decade" -> "P" + n + "DE";
            default -> "P" + n + "CE";
        };
    }
}
