package io.concord.entity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameKeyTest {
    @Test
    void keyIgnoresParticlesPossessivesCaseAccentsAndPunctuation() {
        assertEquals("karim jabouri", NameKey.key("Karim al-Jabouri"));
        assertEquals("karim jabouri", NameKey.key("Karim Jabouri's"));
        assertEquals("karim jabouri", NameKey.key("Karim el-Jabouri"));
        assertEquals("karim jabouri", NameKey.key("Karim al Jabouri"));
        assertEquals("deir zor", NameKey.key("Deir ez-Zor"));
        assertEquals("un", NameKey.key("U.N."));
        assertEquals("sao paulo", NameKey.key("São Paulo"));
        assertEquals("arab league", NameKey.key("the Arab League"));
        assertEquals("reuters", NameKey.key("Reuters'"));
        assertEquals("secretary general", NameKey.key("Secretary-General"));
        assertEquals("acme", NameKey.key("Acme Inc."));
        assertEquals("acme motors", NameKey.key("Acme Motors Corp"));
        assertEquals("co", NameKey.key("Co"));
        assertEquals(NameKey.key("Standard and Poor's"), NameKey.key("Standard & Poor's"));
        assertNotEquals(NameKey.key("Homs"), NameKey.key("Homsi"));
    }

    @Test
    void acronymsAndInitials() {
        assertTrue(NameKey.isAcronym("UN"));
        assertTrue(NameKey.isAcronym("U.N."));
        assertTrue(NameKey.isAcronym("NATO"));
        assertFalse(NameKey.isAcronym("Nato"));
        assertFalse(NameKey.isAcronym("UN Security Council"));
        assertEquals("un", NameKey.initials("United Nations"));
        assertEquals("isil", NameKey.initials("Islamic State of Iraq and the Levant"));
        assertEquals("", NameKey.initials("Reuters"));
        assertEquals("am", NameKey.initials("Acme Motors Corp."));
    }

    @Test
    void skeletonIgnoresVowelsDoublingAndDigraphs() {
        assertEquals(NameKey.skeleton("bab amr"), NameKey.skeleton("baba amro"));
        assertEquals(NameKey.skeleton("gaddafi"), NameKey.skeleton("qadhafi"));
        assertEquals(NameKey.skeleton("mohammed"), NameKey.skeleton("muhammad"));
        assertNotEquals(NameKey.skeleton("homs"), NameKey.skeleton("hama"));
        assertNotEquals(NameKey.skeleton("iraq"), NameKey.skeleton("iran"));
    }

    @Test
    void junk() {
        assertTrue(NameKey.isJunk("x"));
        assertTrue(NameKey.isJunk("1,200"));
        assertTrue(NameKey.isJunk("the board"));
        assertTrue(NameKey.isJunk("--"));
        assertFalse(NameKey.isJunk("UN"));
        assertFalse(NameKey.isJunk("eBay"));
        assertFalse(NameKey.isJunk("北京"));
    }
}
