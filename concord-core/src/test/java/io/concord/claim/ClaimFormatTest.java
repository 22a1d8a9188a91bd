package io.concord.claim;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClaimFormatTest {
    private static Claim claim(double value, String qualifier, String unit) {
        return new Claim("s", value, qualifier, unit, null, null, "a1", "x");
    }

    @Test
    void figures() {
        assertEquals("7,500+", ClaimFormat.figure(claim(7500, "more than", "people")));
        assertEquals("<400", ClaimFormat.figure(claim(400, "almost", "people")));
        assertEquals("~300", ClaimFormat.figure(claim(300, "about", "people")));
        assertEquals("tens of thousands", ClaimFormat.figure(claim(10000, "tens of thousands", "protesters")));
        assertEquals("2.5 billion", ClaimFormat.figure(claim(2.5e9, null, "dollars")));
        assertEquals("1.2 million", ClaimFormat.figure(claim(1.2e6, null, "people")));
        assertEquals("40%", ClaimFormat.figure(claim(40, null, "percent")));
        assertEquals("12.5%", ClaimFormat.figure(claim(12.5, null, "percent")));
    }
}
