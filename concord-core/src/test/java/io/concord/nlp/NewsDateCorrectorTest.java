package io.concord.nlp;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class NewsDateCorrectorTest {
    /** A Saturday. */
    private static final LocalDate PUBLISHED = LocalDate.parse("2012-02-18");

    @Test
    void bareWeekdayIsTheMostRecentOneOnOrBeforePublication() {
        assertEquals("2012-02-16", NewsDateCorrector.correct("Thursday", "2012-02-23", PUBLISHED));
        assertEquals("2012-02-16", NewsDateCorrector.correct("on Thursday", "2012-02-16", PUBLISHED));
        assertEquals("2012-02-18", NewsDateCorrector.correct("Saturday's", "2012-02-25", PUBLISHED));
        assertEquals("2012-02-12", NewsDateCorrector.correct("Sunday", "2012-02-19", PUBLISHED));
        assertEquals("2012-02-12TNI", NewsDateCorrector.correct("Sunday night", "2012-02-19TNI", PUBLISHED));
    }

    @Test
    void weekdayInAClauseAboutTheFutureIsTheNextOne() {
        assertEquals("2012-02-22", NewsDateCorrector.correct("Wednesday", "2012-02-15", PUBLISHED, true));
        assertEquals("2012-02-18", NewsDateCorrector.correct("Saturday", "2012-02-11", PUBLISHED, true));
    }

    @Test
    void explicitFutureWordsAndDatesAreLeftAlone() {
        assertEquals("2012-02-23", NewsDateCorrector.correct("next Thursday", "2012-02-23", PUBLISHED));
        assertEquals("2012-02-26", NewsDateCorrector.correct("February 26", "2012-02-26", PUBLISHED));
        assertEquals("2012-03-01", NewsDateCorrector.correct("Thursday, March 1", "2012-03-01", PUBLISHED));
        assertNull(NewsDateCorrector.correct("Thursday", null, PUBLISHED));
        assertEquals("2012-02-23", NewsDateCorrector.correct("Thursday", "2012-02-23", null));
    }

    @Test
    void bareMonthIsInThePastUnlessTheClauseIsAboutTheFuture() {
        assertEquals("2011-11", NewsDateCorrector.correct("November", "2012-11", PUBLISHED));
        assertEquals("2012-02", NewsDateCorrector.correct("in February", "2012-02", PUBLISHED));
        assertEquals("2011-03", NewsDateCorrector.correct("early March", "2012-03", PUBLISHED));
        assertEquals("2012-04", NewsDateCorrector.correct("April", "2011-04", PUBLISHED, true));
    }

    @Test
    void dayOfMonthFarAheadWithoutAYearIsLastYearsUnlessAboutTheFuture() {
        assertEquals("2011-10-23", NewsDateCorrector.correct("Oct. 23", "2012-10-23", PUBLISHED));
        assertEquals("2012-10-23", NewsDateCorrector.correct("Oct. 23", "2012-10-23", PUBLISHED, true));
        assertEquals("2012-02-26", NewsDateCorrector.correct("February 26", "2012-02-26", PUBLISHED));
        assertEquals("2012-03-30", NewsDateCorrector.correct("30 March", "2012-03-30", PUBLISHED));
        assertEquals("2013-01-05", NewsDateCorrector.correct("Jan. 5", "2012-01-05", LocalDate.parse("2012-12-10"), true));
        assertEquals("2012-10-23", NewsDateCorrector.correct("Oct. 23, 2012", "2012-10-23", PUBLISHED));
    }

    @Test
    void agoHasThePrecisionOfItsUnit() {
        assertEquals("2010", NewsDateCorrector.correct("two years ago", "2010-02-18", PUBLISHED));
        assertEquals("2011-11", NewsDateCorrector.correct("three months ago", "2011-11-18", PUBLISHED));
        assertEquals("2012-W05", NewsDateCorrector.correct("two weeks ago", "2012-02-04", PUBLISHED));
        assertEquals("2012-02-15", NewsDateCorrector.correct("three days ago", "2012-02-15", PUBLISHED));
    }
}
