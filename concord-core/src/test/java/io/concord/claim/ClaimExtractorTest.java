package io.concord.claim;

import io.concord.article.Article;
import io.concord.article.DateSource;
import io.concord.nlp.AnalyzedArticle;
import io.concord.nlp.CoreNlpAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Claims read by the real CoreNLP pipeline from a fictional two-report story about floods in "Norvania". */
class ClaimExtractorTest {
    private static final LocalDate FRIDAY = LocalDate.of(2024, 5, 10);
    private static final LocalDate MONDAY = LocalDate.of(2024, 5, 13);

    private static final String FIRST = String.join("\n\n",
            "Heavy flooding across Norvania has killed at least 212 people since the rains began on Monday, "
                    + "the national health ministry said on Friday.",
            "In the river port of Kestrel, rescue teams recovered 14 bodies on Thursday. Norvania has not seen "
                    + "such rain in decades.",
            "About 35,000 people have fled their homes in Norvania, according to the Norvanian Red Cross. "
                    + "Police said they arrested 48 looters in Kestrel.",
            "The government pledged $2.5 billion in aid, and the World Bank promised a further €300 million.",
            "In the capital, Dalmor, tens of thousands of protesters marched on Wednesday to demand faster "
                    + "relief, organisers said, but police put the crowd at 8,500.",
            "Parliament voted 137 to 12 to declare a state of emergency. Turnout in last year's referendum "
                    + "was 57 percent.",
            "The storm lasted 11 hours. The 11-day emergency is the worst since 1998. A 45-year-old farmer, "
                    + "aged 45, called the hotline 555-0123 at 10:30. The Group of 20 nations sent condolences. "
                    + "It was the third flood this year. Norvania has 23 regional councils.");
    private static final String SECOND = String.join("\n\n",
            "The death toll from the floods in Norvania rose to 260, the health ministry said on Sunday.",
            "The United Nations said more than 40,000 people had been displaced by the floods in Norvania.",
            "Opposition leaders claimed that nearly 400 people have died nationwide.",
            "In Kestrel alone, 31 people were killed, officials said. Hundreds of volunteers have been arrested "
                    + "in neighbouring Ostrava since March, a rights group said.");

    private static final String THIRD = String.join("\n\n",
            "Marta Keel, 52, said the water rose within minutes. Traffic on Route 16 was halted for the night.",
            "The repairs will cost an estimated $40 million, the mayor said. There is one thing missing: a warning "
                    + "system. Officials plan to evacuate residents living in two districts near the river.");

    /** A separate report, extracted on its own so that it does not change the story above. */
    private static final String FOURTH = String.join("\n\n",
            "Rescue volunteers, who say more than 70 people drowned in Brisa, asked for an inquiry.",
            "In Brisa, where the coastguard on Saturday put the death toll at 19, schools stayed shut.",
            "Ana Lodi, the regional governor, said the damage would cost at least 80 million euros to repair.");
    private static List<Claim> fourth;
    private static final String SPELLINGS = String.join("\n\n",
            "The floods have killed 23 people in Port Arvell, the coastguard said on Sunday.",
            "The death toll in Port Arvel has risen to 31, hospital officials said.");
    private static List<AnalyzedArticle> spellings;

    private static List<AnalyzedArticle> story;
    private static List<Claim> claims;

    @BeforeAll
    static void analyse() {
        CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer();
        story = List.of(
                analyzer.analyze(new Article("a1", "Floods", FIRST, "Daily Wire", null, null, null, FRIDAY,
                        DateSource.METADATA)),
                analyzer.analyze(new Article("a2", "Toll rises", SECOND, "Evening Post", null, null, null, MONDAY,
                        DateSource.METADATA)),
                analyzer.analyze(new Article("a3", "Repairs", THIRD, null, null, null, null, MONDAY, null)));
        claims = new ClaimExtractor().extract(story);
        spellings = List.of(analyzer.analyze(new Article("a5", "Toll", SPELLINGS, null, null, null, null, MONDAY,
                DateSource.METADATA)));
        fourth = new ClaimExtractor().extract(List.of(analyzer.analyze(new Article("a4", "Inquiry", FOURTH, null,
                null, null, null, MONDAY, DateSource.METADATA))));
    }

    private static Claim claim(String article, double value) {
        return claims.stream().filter(c -> c.article().equals(article) && c.value() == value).findFirst()
                .orElseGet(() -> fail("no claim " + value + " in " + article + ": " + claims));
    }

    private static boolean hasValue(double value) {
        return claims.stream().anyMatch(c -> c.value() == value);
    }

    @Test
    void runningTollWithQualifierAttributionAndStartDateSkipped() {
        Claim c = claim("a1", 212);
        assertEquals("at least", c.qualifier());
        assertEquals("people", c.unit());
        assertEquals("people killed in Norvania", c.subject());
        assertEquals("the national health ministry", c.attribution());
        assertEquals("2024-05-10", c.asOf(), "'since ... Monday' is a start; 'on Friday' dates the count");
        assertTrue(c.sentence().startsWith("Heavy flooding across Norvania"));
    }

    @Test
    void deathTollPhraseGivesAnEllipticalCountOfPeopleDatedByTheText() {
        Claim c = claim("a2", 260);
        assertNull(c.qualifier());
        assertEquals("people", c.unit());
        assertEquals("people killed in Norvania", c.subject());
        assertEquals("the health ministry", c.attribution());
        assertEquals("2024-05-12", c.asOf());
    }

    @Test
    void nationwideTollFromAThatClauseIsInTheSameGroup() {
        Claim c = claim("a2", 400);
        assertEquals("nearly", c.qualifier());
        assertEquals("Opposition leaders".toLowerCase(), c.attribution());
        assertEquals("people killed in Norvania", c.subject());
        assertEquals("2024-05-13", c.asOf(), "no date in the sentence: the publication date");
    }

    @Test
    void incidentsArePlacedAndDatedAndBodiesCountPeople() {
        Claim bodies = claim("a1", 14);
        assertEquals("bodies", bodies.unit());
        assertEquals("people killed in Kestrel on 2024-05-09", bodies.subject());
        Claim local = claim("a2", 31);
        assertEquals("people killed in Kestrel on 2024-05-13", local.subject());
        assertEquals("officials", local.attribution());
    }

    @Test
    void displacementAccordingToAndSaid() {
        Claim a = claim("a1", 35000);
        assertEquals("about", a.qualifier());
        assertEquals("people displaced in Norvania", a.subject());
        assertEquals("the Norvanian Red Cross", a.attribution());
        Claim b = claim("a2", 40000);
        assertEquals("more than", b.qualifier());
        assertEquals("people displaced in Norvania", b.subject());
        assertEquals("the United Nations", b.attribution());
    }

    @Test
    void arrestsWithCountedNounAndVagueCount() {
        Claim looters = claim("a1", 48);
        assertEquals("looters", looters.unit());
        assertEquals("police", looters.attribution());
        assertTrue(looters.subject().startsWith("looters arrested in Kestrel"), looters.subject());
        Claim volunteers = claim("a2", 100);
        assertEquals("hundreds", volunteers.qualifier());
        assertEquals("volunteers", volunteers.unit());
        assertEquals("volunteers arrested in Ostrava", volunteers.subject());
        assertEquals("a rights group", volunteers.attribution());
    }

    @Test
    void money() {
        Claim aid = claim("a1", 2.5e9);
        assertEquals("dollars", aid.unit());
        assertEquals("dollars in aid", aid.subject());
        Claim euros = claim("a1", 3e8);
        assertEquals("euros", euros.unit());
    }

    @Test
    void percentages() {
        Claim turnout = claim("a1", 57);
        assertEquals("percent", turnout.unit());
        assertEquals("percent turnout", turnout.subject());
    }

    @Test
    void crowdSizesFromTwoSourcesShareOneSubject() {
        Claim organisers = claim("a1", 10000);
        assertEquals("tens of thousands", organisers.qualifier());
        assertEquals("protesters", organisers.unit());
        assertEquals("organisers", organisers.attribution());
        Claim police = claim("a1", 8500);
        assertEquals("police", police.attribution());
        assertEquals("people rallying in Dalmor on 2024-05-08", organisers.subject());
        assertEquals(organisers.subject(), police.subject());
    }

    @Test
    void votesForAndAgainst() {
        Claim yes = claim("a1", 137);
        Claim no = claim("a1", 12);
        assertEquals("votes", yes.unit());
        assertTrue(yes.subject().startsWith("votes for"), yes.subject());
        assertTrue(no.subject().startsWith("votes against"), no.subject());
    }

    @Test
    void datesDurationsAgesTimesCodesOrdinalsNamesAndBareCountsAreNotClaims() {
        for (double notAClaim : new double[]{11, 1998, 45, 5550123, 555, 20, 3, 23, 2024}) {
            assertTrue(!hasValue(notAClaim), "not a claim: " + notAClaim + " in " + claims);
        }
    }

    @Test
    void agesInAppositionRoadNumbersAndUngovernedCountsAreNotClaims() {
        List<Claim> third = claims.stream().filter(c -> c.article().equals("a3")).toList();
        assertEquals(1, third.size(), third.toString());
        Claim cost = third.get(0);
        assertEquals(4e7, cost.value());
        assertEquals("an estimated", cost.qualifier());
        assertEquals("dollars", cost.unit());
        assertEquals("the mayor", cost.attribution(), "'an estimated' is not a reporting verb");
    }

    @Test
    void findsTheStoryGroupsAcrossReports() {
        List<Disagreement> ds = new DisagreementFinder().find(claims,
                Map.of("a1", FRIDAY, "a2", MONDAY, "a3", MONDAY));
        Disagreement toll = ds.stream().filter(d -> d.subject().equals("people killed in Norvania")).findFirst()
                .orElseGet(() -> fail("no toll group: " + ds));
        assertEquals(3, toll.claims().size());
        assertEquals("value", toll.kind());
        assertEquals("conflict", toll.relation());
        assertTrue(toll.explanation().contains("212+ (2024-05-10) → the health ministry 260 (2024-05-12), an update"),
                toll.explanation());
        assertTrue(toll.explanation().contains("conflict: opposition leaders vs"), toll.explanation());
        Disagreement crowd = ds.stream().filter(d -> d.subject().startsWith("people rallying")).findFirst()
                .orElseGet(() -> fail("no crowd group: " + ds));
        assertEquals("conflict", crowd.relation());
        assertTrue(ds.stream().noneMatch(d -> d.subject().startsWith("votes")), "137 to 12 is one vote: " + ds);
        assertTrue(ds.stream().noneMatch(d -> d.subject().contains("Kestrel")), ds.toString());
    }

    @Test
    void homeLocationIsThePlaceMostReportsName() {
        assertEquals("Norvania", Scope.homeLocation(story));
    }

    @Test
    void sourcesBehindRelativeClausesTimeAdverbialsAndAppositions() {
        Map<Double, String> by = new java.util.HashMap<>();
        fourth.forEach(c -> by.put(c.value(), c.attribution()));
        assertEquals("rescue volunteers", String.valueOf(by.get(70.0)).toLowerCase(), fourth.toString());
        assertEquals("the coastguard", by.get(19.0), fourth.toString());
        assertEquals("Ana Lodi", by.get(80_000_000.0), fourth.toString());
    }

    @Test
    void spellingVariantsOfAPlaceScopeClaimsToOneMergedEntity() {
        io.concord.entity.EntityIndex index = new io.concord.entity.EntityIndex(List.of(new io.concord.entity.Entity(
                "e1", "Port Arvell", io.concord.nlp.EntityType.LOCATION, List.of("Port Arvell", "Port Arvel"),
                List.of(), 2, List.of("a5"))), Map.of());
        List<Claim> merged = new ClaimExtractor().extract(spellings, index);
        assertEquals(2, merged.size(), merged.toString());
        assertEquals(merged.get(0).subject(), merged.get(1).subject());
        assertTrue(merged.get(0).subject().endsWith("in Port Arvell"), merged.get(0).subject());
        List<Claim> plain = new ClaimExtractor().extract(spellings);
        assertTrue(!plain.get(0).subject().equals(plain.get(1).subject()), "without the index the spellings differ: " + plain);
    }
}
