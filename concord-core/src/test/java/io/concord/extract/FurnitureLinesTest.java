package io.concord.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lines that are furniture by their wording, on lines written for these tests. */
class FurnitureLinesTest {
    @Test
    void credits() {
        assertTrue(FurnitureLines.isCredit("Foto: Jens Larsen"));
        assertTrue(FurnitureLines.isCredit("The quay at dawn. © Harbour Archive"));
        assertTrue(FurnitureLines.isCredit("Titelbild: Oskerby Post / picture-alliance"));
        assertFalse(FurnitureLines.isCredit("The photographer waited three hours for the ferry to come in."));
        assertFalse(FurnitureLines.isCredit("Source: " + "the county's figures show fewer passengers in winter, ".repeat(5)));
    }

    @Test
    void adLabels() {
        assertTrue(FurnitureLines.isAdLabel("Anzeige"));
        assertTrue(FurnitureLines.isAdLabel("- Advertisement -"));
        assertTrue(FurnitureLines.isAdLabel("REKLAMA"));
        assertTrue(FurnitureLines.isAdLabel("Sponsored: the new harbour café"));
        assertFalse(FurnitureLines.isAdLabel("Advertisements for the ferry were printed in every paper."));
        assertFalse(FurnitureLines.isAdLabel("Adapting the timetable took the company a whole winter."));
    }

    @Test
    void dateLines() {
        assertTrue(FurnitureLines.isDateLine("11.04.2026, 10:27"));
        assertTrue(FurnitureLines.isDateLine("Updated: 4 May 2026"));
        assertTrue(FurnitureLines.isDateLine("2026-05-04 | Ferries"));
        assertTrue(FurnitureLines.isDateLine("Mar 12, 2026"));
        assertFalse(FurnitureLines.isDateLine("The first crossing is planned for 4 May 2026, weather permitting."));
        assertFalse(FurnitureLines.isDateLine("— Oskerby Harbour (@oskerbyharbour) March 12, 2026"));
        assertFalse(FurnitureLines.isDateLine("Updated this morning"));
    }

    @Test
    void cookieNotices() {
        assertTrue(FurnitureLines.isCookieNotice("We use cookies to improve this site. OK"));
        assertFalse(FurnitureLines.isCookieNotice("The ferry runs twice a day."));
    }
}
