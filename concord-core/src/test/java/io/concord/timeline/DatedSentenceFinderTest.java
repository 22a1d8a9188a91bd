package io.concord.timeline;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatedSentenceFinderTest {
    @Test
    void danglingQuoteAtTheStartIsRemoved() {
        assertEquals("The ferry left on Monday.", DatedSentenceFinder.cleanLeadingQuote("\" The ferry left on Monday."));
        assertEquals("\"Go,\" she said on Monday.", DatedSentenceFinder.cleanLeadingQuote("\"Go,\" she said on Monday."));
        assertEquals("Then it sank.", DatedSentenceFinder.cleanLeadingQuote("... Then it sank."));
    }

    @Test
    void quotationOnlySentencesAreRecognised() {
        assertTrue(DatedSentenceFinder.isQuotationOnly("\"We sail on Monday.\""));
        assertTrue(DatedSentenceFinder.isQuotationOnly("“We sail on Monday and stay a week."));
        assertFalse(DatedSentenceFinder.isQuotationOnly("\"We sail on Monday,\" the captain said."));
        assertFalse(DatedSentenceFinder.isQuotationOnly("The captain said on Monday they would sail."));
    }

    @Test
    void timexValuesBecomeDatesWithTheirPrecision() {
        assertEquals("2012-02-18", TimexDate.parse("2012-02-18").iso());
        assertEquals("2012-02-18", TimexDate.parse("2012-02-18T11:06").iso());
        assertEquals("2012-02", TimexDate.parse("2012-02").iso());
        assertEquals("2012", TimexDate.parse("2012").iso());
        assertEquals(TimexDate.Precision.MONTH, TimexDate.parse("2012-02").precision());
        assertNull(TimexDate.parse("2012-W07"));
        assertNull(TimexDate.parse("PRESENT_REF"));
        assertNull(TimexDate.parse("P2W"));
        assertNull(TimexDate.parse("2012-02-30"));
        assertNull(TimexDate.parse("XXXX-WXX-5"));
    }
}
