package io.concord.claim;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Grouping, kinds and relations on hand-built claims. */
class DisagreementFinderTest {
    private static final String TOLL = "people killed in Norvania";
    private static final Map<String, LocalDate> PUBLISHED = Map.of(
            "a1", LocalDate.of(2024, 3, 1), "a2", LocalDate.of(2024, 3, 20), "a3", LocalDate.of(2024, 3, 20),
            "a4", LocalDate.of(2024, 3, 21));
    private final DisagreementFinder finder = new DisagreementFinder();

    private static Claim claim(String subject, double value, String qualifier, String source, String asOf,
                               String article) {
        return new Claim(subject, value, qualifier, "people", source, asOf, article, "sentence " + value);
    }

    @Test
    void sameSourceRisingOverTimeIsAnUpdate() {
        List<Claim> cs = List.of(
                claim(TOLL, 1200, "at least", "the U.N.", "2024-03-01", "a1"),
                claim(TOLL, 1900, "more than", "United Nations", "2024-03-20", "a2"));
        List<Disagreement> ds = finder.find(cs, PUBLISHED);
        assertEquals(1, ds.size());
        Disagreement d = ds.get(0);
        assertEquals(TOLL, d.subject());
        assertEquals(List.of(0, 1), d.claims());
        assertEquals("value", d.kind());
        assertEquals("update", d.relation());
        assertEquals("the U.N. 1,200+ (2024-03-01) → United Nations 1,900+ (2024-03-20), an update", d.explanation());
    }

    @Test
    void differentSourcesAtTheSameTimeConflictAndTheUpdateIsStillExplained() {
        List<Claim> cs = List.of(
                claim(TOLL, 1900, "more than", "the UN", "2024-03-20", "a2"),
                claim("security forces killed in Norvania", 300, null, "the army", "2024-03-20", "a2"),
                claim(TOLL, 2400, null, "activists", "2024-03-21", "a4"),
                claim(TOLL, 1200, "at least", "the U.N.", null, "a1"));
        List<Disagreement> ds = finder.find(cs, PUBLISHED);
        assertEquals(1, ds.size(), "the security-forces toll is another subject");
        Disagreement d = ds.get(0);
        assertEquals(List.of(0, 2, 3), d.claims());
        assertEquals("conflict", d.relation());
        assertEquals("the U.N. 1,200+ (2024-03-01) → the UN 1,900+ (2024-03-20), an update; "
                + "activists 2,400 (2024-03-21); conflict: activists vs the UN (2024-03-21)", d.explanation());
    }

    @Test
    void aFigureThatGoesDownIsAConflictEvenFromOneSource() {
        List<Claim> cs = List.of(
                claim(TOLL, 900, null, "the health ministry", "2024-03-01", "a1"),
                claim(TOLL, 700, null, "health ministry officials", "2024-03-20", "a2"));
        Disagreement d = finder.find(cs, PUBLISHED).get(0);
        assertEquals("conflict", d.relation());
        assertTrue(d.explanation().endsWith("revised down"), d.explanation());
    }

    @Test
    void differentSourcesFarApartAndRisingAreNotAConflict() {
        List<Claim> cs = List.of(
                claim(TOLL, 900, null, "the health ministry", "2024-03-01", "a1"),
                claim(TOLL, 1500, null, "activists", "2024-03-20", "a2"));
        assertEquals("update", finder.find(cs, PUBLISHED).get(0).relation());
    }

    @Test
    void sameFigureFromDifferentSourcesIsAnAttributionDisagreement() {
        List<Claim> cs = List.of(
                claim(TOLL, 900, null, "the health ministry", "2024-03-20", "a2"),
                claim(TOLL, 900, null, "a rights group", "2024-03-20", "a3"));
        Disagreement d = finder.find(cs, PUBLISHED).get(0);
        assertEquals("attribution", d.kind());
    }

    @Test
    void sameFigureDatedDifferentlyByTheTextIsADateDisagreement() {
        String incident = "people killed in Kestrel";
        List<Claim> cs = List.of(
                claim(incident, 14, null, "police", "2024-03-18", "a2"),
                claim(incident, 14, null, "the police", "2024-03-19", "a3"));
        Disagreement d = finder.find(cs, PUBLISHED).get(0);
        assertEquals("date", d.kind());
    }

    @Test
    void agreeingClaimsAreNotADisagreement() {
        List<Claim> cs = List.of(
                claim(TOLL, 900, null, "the U.N.", null, "a2"),
                claim(TOLL, 900, null, "the UN", null, "a3"),
                claim(TOLL, 900, null, null, null, "a4"));
        assertTrue(finder.find(cs, PUBLISHED).isEmpty());
    }

    @Test
    void aVagueCountAgreesWithAFigureInItsRange() {
        List<Claim> cs = List.of(
                claim(TOLL, 100, "hundreds", "activists", "2024-03-20", "a2"),
                claim(TOLL, 400, "almost", "activists", "2024-03-20", "a3"));
        assertTrue(finder.find(cs, PUBLISHED).isEmpty());
        List<Claim> apart = List.of(
                claim(TOLL, 100, "hundreds", "activists", "2024-03-20", "a2"),
                claim(TOLL, 4000, null, "activists", "2024-03-20", "a3"));
        assertEquals(1, finder.find(apart, PUBLISHED).size());
    }

    @Test
    void twoFiguresFromOneSourceInOneReportAreNotRivalVersions() {
        String votes = "votes for in Norvania on 2024-03-20";
        List<Claim> cs = List.of(
                claim(votes, 137, null, null, "2024-03-20", "a2"),
                claim(votes, 12, null, null, "2024-03-20", "a2"));
        assertTrue(finder.find(cs, PUBLISHED).isEmpty());
        List<Claim> crowd = List.of(
                claim("people rallying in Dalmor", 10000, "tens of thousands", "organisers", "2024-03-20", "a2"),
                claim("people rallying in Dalmor", 8500, null, "police", "2024-03-20", "a2"));
        Disagreement d = finder.find(crowd, PUBLISHED).get(0);
        assertEquals("conflict", d.relation());
        assertEquals("organisers tens of thousands (2024-03-20); police 8,500 (2024-03-20); "
                + "conflict: police vs organisers (2024-03-20)", d.explanation());
    }

    @Test
    void claimsWithoutDatesFallBackOnPublication() {
        List<Claim> cs = List.of(
                claim(TOLL, 900, null, "the UN", null, "a1"),
                claim(TOLL, 1300, null, "the UN", null, "a2"));
        Disagreement d = finder.find(cs, PUBLISHED).get(0);
        assertEquals("update", d.relation());
        assertTrue(d.explanation().contains("(2024-03-01) → 1,300 (2024-03-20)"), d.explanation());
    }

    @Test
    void subjectsGroupIgnoringCase() {
        List<Claim> cs = List.of(
                claim("People killed in Norvania", 900, null, "the UN", "2024-03-20", "a2"),
                claim(TOLL, 1300, null, "activists", "2024-03-20", "a3"));
        assertEquals(List.of(0, 1), finder.find(cs, PUBLISHED).get(0).claims());
    }

    @Test
    void undatedFiguresFromOneSourceClaimNoTrend() {
        List<Claim> cs = List.of(
                claim(TOLL, 2100, "more than", "the UN", null, "u1"),
                claim(TOLL, 1600, "at least", "the U.N.", null, "u2"));
        Disagreement d = finder.find(cs, Map.of()).get(0);
        assertEquals("conflict", d.relation(), "without dates an update cannot be told from a conflict");
        assertTrue(!d.explanation().contains("→") && !d.explanation().contains("revised"), d.explanation());
        assertTrue(d.explanation().contains("2,100+ (undated) / the U.N. 1,600+ (undated)"), d.explanation());
    }

    @Test
    void eachPairOfRivalSourcesIsNamedOnce() {
        List<Claim> cs = List.of(
                claim(TOLL, 120, null, "the agency", "2024-03-20", "a2"),
                claim(TOLL, 300, "more than", "volunteers", "2024-03-20", "a3"),
                claim(TOLL, 140, null, "the agency", "2024-03-21", "a4"));
        String text = finder.find(cs, PUBLISHED).get(0).explanation();
        int first = text.indexOf(" vs ");
        assertTrue(first > 0 && text.indexOf(" vs ", first + 1) < 0, text);
    }
}
