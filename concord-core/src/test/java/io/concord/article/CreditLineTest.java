package io.concord.article;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CreditLineTest {
    @Test
    void outletFromCreditShapes() {
        assertEquals(Optional.of("Harbour Herald"), CreditLine.outletOf("Harbour Herald and agencies"));
        assertEquals(Optional.of("The Valley Post"), CreditLine.outletOf("© 2012 The Valley Post"));
        assertEquals(Optional.of("Northwind Press"), CreditLine.outletOf("Copyright 2019 Northwind Press. All rights reserved."));
        assertEquals(Optional.of("Daily Lantern"), CreditLine.outletOf("Copyright Daily Lantern"));
        assertEquals(Optional.of("Kestrel Media Group"), CreditLine.outletOf("(c) 2001-2014 Kestrel Media Group"));
    }

    @Test
    void sentencesAreNotCredits() {
        assertEquals(Optional.empty(), CreditLine.outletOf("The ministry said it would consult aid agencies and charities."));
        assertFalse(CreditLine.isCredit("Copyright law was rewritten in 2012, the minister said."));
        assertFalse(CreditLine.isCredit("Relief agencies said the road to the valley was open again."));
        assertFalse(CreditLine.isCredit("Reporting by local radio suggested the fire had spread overnight, but officials denied it."
                + " The blaze, they said, was contained by Tuesday morning and no homes had been lost in the hills."));
    }

    @Test
    void otherCreditLines() {
        assertTrue(CreditLine.isCredit("(Wirewire)"));
        assertTrue(CreditLine.isCredit("Reporting by Ana Pell; Editing by Tom Brisk"));
        assertTrue(CreditLine.isCredit("Additional reporting by Joe Marr in Oldport"));
        assertTrue(CreditLine.isCredit("All rights reserved."));
        assertTrue(CreditLine.isCredit("Harbour Herald with agencies"));
        assertTrue(CreditLine.isCredit("This report was distributed by Lantern Wire. All rights reserved."));
        assertFalse(CreditLine.isCredit("The band said it had recorded every song on the album itself, and that the"
                + " studio, the label and the distributor had all rights reserved for a later reissue of the record."),
                "a long sentence that happens to end in the phrase is no notice");
    }
}
