package io.concord.timeline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date taken from a TIMEX3 value, with the precision the value really has: a day
 * ("2012-02-18", also from a time such as "2012-02-18T11:06"), a month ("2012-02") or a year ("2012").
 * Weeks, quarters, seasons, decades, references such as PRESENT_REF, durations and sets are not dates here.
 *
 * @param iso   the date as ISO text with its precision
 * @param first the first day it covers
 * @param last  the last day it covers
 */
record TimexDate(String iso, LocalDate first, LocalDate last) {
    private static final Pattern VALUE = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:T.*)?$");

    enum Precision { DAY, MONTH, YEAR }

    Precision precision() {
        return switch (iso.length()) {
            case 10 -> Precision.DAY;
            case 7 -> Precision.MONTH;
            default -> Precision.YEAR;
        };
    }

    /** @return the date, or null when the value is not a calendar day, month or year */
    static TimexDate parse(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = VALUE.matcher(value);
        if (!m.matches()) {
            return null;
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                if (value.contains("T")) {
                    return null;
                }
                return new TimexDate(m.group(1), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
            YearMonth ym = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                if (value.contains("T")) {
                    return null;
                }
                return new TimexDate(ym.toString(), ym.atDay(1), ym.atEndOfMonth());
            }
            LocalDate d = ym.atDay(Integer.parseInt(m.group(3)));
            return new TimexDate(d.toString(), d, d);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
