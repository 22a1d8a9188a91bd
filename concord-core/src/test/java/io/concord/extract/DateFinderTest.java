package io.concord.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DateFinderTest {
    @Test
    void readsIsoAndWrittenDatesInSeveralLanguages() {
        assertEquals(LocalDate.of(2012, 2, 18), DateFinder.inValue("2012-02-18T10:00:00+01:00"));
        assertEquals(LocalDate.of(2012, 2, 18), DateFinder.inText("Posted on February 18, 2012 by staff"));
        assertEquals(LocalDate.of(2012, 2, 18), DateFinder.inText("Veröffentlicht am 18. Februar 2012"));
        assertEquals(LocalDate.of(2012, 3, 1), DateFinder.inText("1er mars 2012"));
        assertEquals(LocalDate.of(2012, 2, 18), DateFinder.inText("18.02.2012, 14:55 Uhr"));
        assertEquals(LocalDate.of(2012, 2, 18), DateFinder.inUrl("https://x.example/news/2012/02/18/story.html"));
    }

    @Test
    void rejectsImpossibleDates() {
        assertNull(DateFinder.inText("31.02.2012"));
        assertNull(DateFinder.inValue("no date here"));
        assertNull(DateFinder.inUrl("https://x.example/item/12345/99/99/"));
    }
}
