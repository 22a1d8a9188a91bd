package io.concord.article;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextDateFinderTest {
    private final TextDateFinder finder = new TextDateFinder();

    private static String article(String stampLine) {
        return "Harbour authority delays ferry contract\n"
                + stampLine + "\n"
                + "The port board of Westmarch postponed its vote on the new ferry contract, officials said.\n"
                + "Two bidders remain in the running after a third withdrew last month.";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Last Modified: 18 Feb 2012 11:06|2012-02-18",
            "Published 3 March 2012|2012-03-03",
            "Updated: March 3, 2012 10:02 ET|2012-03-03",
            "2012-03-03|2012-03-03",
            "Posted on 7th of November, 2019|2019-11-07",
            "First published on Sat 4 Aug 2018 09.15 BST|2018-08-04",
            "Published: Sept. 14, 2021 at 4:30 p.m.|2021-09-14",
            "Date: 2015-06-30T08:00:00Z|2015-06-30",
            "Friday, 12 January 2024|2024-01-12",
            "Dec 24, 2010|2010-12-24",
            "Published 24.12.2010|2010-12-24",
            "Posted 25/12/2010|2010-12-25",
            "By Mara Quill, 9 October 2017|2017-10-09",
            "By Mara Quill · 9 October 2017|2017-10-09",
            "Updated 2016/02/29 14:00 GMT|2016-02-29",
    })
    void findsStampLines(String stamp, String expected) {
        assertEquals(Optional.of(LocalDate.parse(expected)), finder.find(article(stamp)));
    }

    @Test
    void findsDatelineWithYear() {
        String text = "Grain prices climb\n\nKESTREL BAY, March 3, 2012 (Wirewire) - Grain prices rose for a third day as dry weather hit the plains.";
        assertEquals(Optional.of(LocalDate.of(2012, 3, 3)), finder.find(text));
        String dmy = "OLDPORT, 3 March 2012 - The council approved the budget.";
        assertEquals(Optional.of(LocalDate.of(2012, 3, 3)), finder.find(dmy));
    }

    @Test
    void datelineWithoutYearIsNotEnough() {
        String text = "Grain prices climb\n\nKESTREL BAY, March 3 (Wirewire) - Grain prices rose for a third day.";
        assertEquals(Optional.empty(), finder.find(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Voters will decide in a February 26 referendum whether the charter passes.",
            "The treaty signed on 3 March 2012 was later torn up by the new cabinet of ministers.",
            "Officials said the bridge, opened on March 3, 2012, would be closed for repairs until the summer.",
            "The figures for 03/04/2012 are still being checked by the statistics office.",
    })
    void ignoresDatesInOrdinarySentences(String sentence) {
        String text = "Bridge closure extended\n" + sentence + "\nRepairs will cost more than planned, the mayor said.";
        assertEquals(Optional.empty(), finder.find(text));
    }

    @Test
    void ambiguousNumericDatesAreNotGuessed() {
        assertEquals(Optional.empty(), finder.parse("03/04/2012"));
        assertEquals(Optional.of(LocalDate.of(2012, 4, 13)), finder.parse("13/04/2012"));
    }

    @Test
    void invalidCalendarDatesAreRejected() {
        assertEquals(Optional.empty(), finder.parse("31 February 2012"));
        assertEquals(Optional.empty(), finder.parse("2012-13-01"));
    }

    @Test
    void publicationStampBeatsUpdateStamp() {
        String text = "Storm closes schools\nUpdated: 5 March 2012\nPublished: 3 March 2012\nSchools across the valley closed early.";
        assertEquals(Optional.of(LocalDate.of(2012, 3, 3)), finder.find(text));
    }

    @Test
    void bareDateOnlyNearTopOrBottom() {
        StringBuilder text = new StringBuilder("Long report\n");
        for (int i = 0; i < 12; i++) {
            text.append("Paragraph ").append(i).append(" of the long report says something about the harbour.\n");
        }
        text.append("4 May 2013\n");
        for (int i = 0; i < 12; i++) {
            text.append("Later paragraph ").append(i).append(" continues the account of the harbour.\n");
        }
        assertEquals(Optional.empty(), finder.find(text.toString()));
    }

    @Test
    void stampNearTheTopBeatsDatedListsFurtherDown() {
        StringBuilder text = new StringBuilder("Council backs new tram line\nUpdated: 9 May 2021\n");
        for (int i = 0; i < 10; i++) {
            text.append("Paragraph ").append(i).append(" of the tram report says the line will open in two years.\n");
        }
        text.append("Posted by Tram Fans on Monday, 3 May 2021\n");
        for (int i = 0; i < 10; i++) {
            text.append("Further paragraph ").append(i).append(" on costs and routes.\n");
        }
        text.append("Older stories\n2 April 2021\n28 March 2021\n");
        assertEquals(Optional.of(LocalDate.of(2021, 5, 9)), finder.find(text.toString()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2012-02-18 11:06:00|2012-02-18",
            "2012-02-18T11:06:00+01:00|2012-02-18",
            "2012-02-18|2012-02-18",
            "18 Feb 2012|2012-02-18",
            "February 18, 2012|2012-02-18",
            "Feb. 18 2012|2012-02-18",
            "18-Feb-2012|2012-02-18",
            "18.02.2012|2012-02-18",
    })
    void parsesMetadataValues(String value, String expected) {
        assertEquals(Optional.of(LocalDate.parse(expected)), finder.parse(value));
    }

    @Test
    void parseRejectsPartialDates() {
        assertEquals(Optional.empty(), finder.parse("February 2012"));
        assertEquals(Optional.empty(), finder.parse("March 3"));
        assertEquals(Optional.empty(), finder.parse("yesterday"));
        assertEquals(Optional.empty(), finder.parse(""));
    }

    @Test
    void stampLinesAreRecognisedAsFurniture() {
        assertTrue(finder.isStampLine("Last Modified: 18 Feb 2012 11:06"));
        assertTrue(finder.isStampLine("Updated: March 3, 2012 10:02 ET"));
        assertTrue(finder.isStampLine("Sunday 4 March 2012"));
        assertFalse(finder.isStampLine("The committee met on 4 March 2012 and voted to close the depot."));
        assertFalse(finder.isStampLine("LONDON, March 3, 2012 (Wirewire) - Shares fell sharply on Monday."));
    }
}
