package io.concord.timex;

import io.concord.nlp.TimeExpression;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TimeMlConventionsTest {
    private static final LocalDate DCT = LocalDate.parse("2003-05-09");

    private static TimeExpression t(String text, String type, String value) {
        return new TimeExpression(text, type, value, 0, text.length());
    }

    @Test
    void thePastSpanIsADuration() {
        TimeExpression year = TimeMlConventions.apply(t("the past year", "DATE", "2003"), DCT);
        assertEquals("DURATION", year.type());
        assertEquals("P1Y", year.value());
        assertEquals("P3M", TimeMlConventions.apply(t("the last three months", "DATE", "2003-02"), DCT).value());
        assertEquals("P2W", TimeMlConventions.apply(t("the past 2 weeks", "DATE", "2003-W17"), DCT).value());
    }

    @Test
    void plainRelativeDatesStayDates() {
        TimeExpression lastYear = t("last year", "DATE", "2002");
        assertEquals(lastYear, TimeMlConventions.apply(lastYear, DCT));
        TimeExpression lastWeek = t("last week", "DATE", "2003-W18");
        assertEquals(lastWeek, TimeMlConventions.apply(lastWeek, DCT));
    }

    @Test
    void agesAndVagueAdverbsAreNotAnnotated() {
        assertNull(TimeMlConventions.apply(t("44-year-old", "DURATION", "P44Y"), DCT));
        assertNull(TimeMlConventions.apply(t("previously", "DATE", "PAST_REF"), DCT));
    }

    @Test
    void compoundValuesKeepTheDateTheyContain() {
        assertEquals("2003-11-03", TimeMlConventions.apply(t("Nov. 3, the day before", "DATE", "THIS P1D INTERSECT XXXX-11-03"), DCT).value());
        assertEquals("2003-05-08", TimeMlConventions.apply(t("early Thursday", "DATE", "2003-05-08 INTERSECT PTXH"), DCT).value());
    }
}
