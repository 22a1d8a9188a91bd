package io.concord.claim;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceKeyTest {
    @Test
    void spellingsOfOneOrganisationShareAKey() {
        assertEquals("un", SourceKey.key("the U.N."));
        assertEquals("un", SourceKey.key("the UN"));
        assertEquals("un", SourceKey.key("United Nations"));
        assertEquals("nrc", SourceKey.key("the Norvanian Red Cross"));
        assertEquals("nrc", SourceKey.key("NRC"));
        assertNull(SourceKey.key(null));
    }

    @Test
    void commonNounSourcesAreComparedByTheirWords() {
        assertEquals("activists", SourceKey.key("Activists"));
        assertTrue(SourceKey.sameKind("activists", "activist groups"));
        assertTrue(SourceKey.sameKind("rights groups", "international rights groups"));
        assertTrue(SourceKey.sameKind("a medic", "medics"));
        assertFalse(SourceKey.sameKind("activists", "the health ministry"));
        assertFalse(SourceKey.sameKind("the UN", "the army"));
        assertFalse(SourceKey.sameKind(null, "the army"));
    }
}
