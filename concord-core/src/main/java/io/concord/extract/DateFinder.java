package io.concord.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a calendar date in a metadata value, a url path or a line of text: ISO forms, day-first numeric forms
 * (18.02.2012, 18/02/2012), and month names in English, German, French, Spanish, Italian and Dutch.
 */
final class DateFinder {
    private static final int MIN_YEAR = 1990;
    private static final int MAX_YEAR = 2100;

    private static final Pattern ISO = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)-(\\d\\d?)-(\\d\\d?)(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)(?![\\d])");
    private static final Pattern URL_PATH = Pattern.compile(
            "/((?:19|20)\\d\\d)[/_-](\\d\\d?)[/_-](\\d\\d?)(?:/|[_-]|\\.|$)");
    private static final Pattern DAY_FIRST = Pattern.compile("(?<![\\d.])(\\d\\d?)[./](\\d\\d?)[./]((?:19|20)\\d\\d)(?!\\d)");
    private static final Pattern DAY_MONTH_NAME = Pattern.compile(
            "(?<!\\d)(\\d\\d?)(?:\\.|th|st|nd|rd|er)?\\s*(?:de\\s+)?(\\p{L}{3,10})\\.?,?\\s*(?:de\\s+)?((?:19|20)\\d\\d)(?!\\d)",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern MONTH_NAME_DAY = Pattern.compile(
            "(\\p{L}{3,10})\\.?\\s+(\\d\\d?)(?:th|st|nd|rd)?,?\\s+((?:19|20)\\d\\d)(?!\\d)", Pattern.UNICODE_CHARACTER_CLASS);

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("january", 1), Map.entry("januar", 1), Map.entry("jänner", 1),
            Map.entry("janvier", 1), Map.entry("enero", 1), Map.entry("gennaio", 1), Map.entry("januari", 1),
            Map.entry("feb", 2), Map.entry("february", 2), Map.entry("februar", 2), Map.entry("février", 2),
            Map.entry("febrero", 2), Map.entry("febbraio", 2), Map.entry("februari", 2),
            Map.entry("mar", 3), Map.entry("march", 3), Map.entry("märz", 3), Map.entry("mars", 3),
            Map.entry("marzo", 3), Map.entry("maart", 3),
            Map.entry("apr", 4), Map.entry("april", 4), Map.entry("avril", 4), Map.entry("abril", 4),
            Map.entry("aprile", 4),
            Map.entry("may", 5), Map.entry("mai", 5), Map.entry("mayo", 5), Map.entry("maggio", 5), Map.entry("mei", 5),
            Map.entry("jun", 6), Map.entry("june", 6), Map.entry("juni", 6), Map.entry("juin", 6), Map.entry("junio", 6),
            Map.entry("giugno", 6),
            Map.entry("jul", 7), Map.entry("july", 7), Map.entry("juli", 7), Map.entry("juillet", 7),
            Map.entry("julio", 7), Map.entry("luglio", 7),
            Map.entry("aug", 8), Map.entry("august", 8), Map.entry("août", 8), Map.entry("agosto", 8),
            Map.entry("augustus", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("september", 9), Map.entry("septembre", 9),
            Map.entry("septiembre", 9), Map.entry("settembre", 9),
            Map.entry("oct", 10), Map.entry("october", 10), Map.entry("oktober", 10), Map.entry("octobre", 10),
            Map.entry("octubre", 10), Map.entry("ottobre", 10), Map.entry("okt", 10),
            Map.entry("nov", 11), Map.entry("november", 11), Map.entry("novembre", 11), Map.entry("noviembre", 11),
            Map.entry("dec", 12), Map.entry("december", 12), Map.entry("dezember", 12), Map.entry("décembre", 12),
            Map.entry("diciembre", 12), Map.entry("dicembre", 12), Map.entry("dez", 12));

    private DateFinder() {
    }

    /** A date in a metadata value (ISO first, then the text forms), or null. */
    static LocalDate inValue(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate d = ymd(ISO.matcher(value), 1, 2, 3);
        if (d == null) {
            d = inText(value);
        }
        if (d == null) {
            d = ymd(COMPACT.matcher(value), 1, 2, 3);
        }
        return d;
    }

    /** A /2012/02/18/ (or -, _) date in a url path, or null. */
    static LocalDate inUrl(String url) {
        return url == null ? null : ymd(URL_PATH.matcher(url), 1, 2, 3);
    }

    /** The first date written out in a line of text, or null. */
    static LocalDate inText(String text) {
        if (text == null) {
            return null;
        }
        LocalDate d = ymd(ISO.matcher(text), 1, 2, 3);
        if (d != null) {
            return d;
        }
        Matcher m = DAY_MONTH_NAME.matcher(text);
        while (m.find()) {
            Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            if (month != null) {
                d = date(m.group(3), month, m.group(1));
                if (d != null) {
                    return d;
                }
            }
        }
        m = MONTH_NAME_DAY.matcher(text);
        while (m.find()) {
            Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
            if (month != null) {
                d = date(m.group(3), month, m.group(2));
                if (d != null) {
                    return d;
                }
            }
        }
        m = DAY_FIRST.matcher(text);
        while (m.find()) {
            d = date(m.group(3), Integer.parseInt(m.group(2)), m.group(1));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static LocalDate ymd(Matcher m, int y, int mo, int d) {
        while (m.find()) {
            LocalDate date = date(m.group(y), Integer.parseInt(m.group(mo)), m.group(d));
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private static LocalDate date(String year, int month, String day) {
        int y = Integer.parseInt(year);
        if (y < MIN_YEAR || y > MAX_YEAR) {
            return null;
        }
        try {
            return LocalDate.of(y, month, Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
