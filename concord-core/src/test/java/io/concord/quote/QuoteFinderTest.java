package io.concord.quote;

import io.concord.article.Article;
import io.concord.entity.Entity;
import io.concord.entity.EntityIndex;
import io.concord.nlp.AnalyzedArticle;
import io.concord.nlp.CoreNlpAnalyzer;
import io.concord.nlp.EntityType;
import io.concord.nlp.Mention;
import io.concord.nlp.Sentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** QuoteFinder on fictional reports, analysed by CoreNLP (one pipeline for the class). */
class QuoteFinderTest {
    private static CoreNlpAnalyzer analyzer;
    private final QuoteFinder finder = new QuoteFinder();

    @BeforeAll
    static void load() {
        analyzer = new CoreNlpAnalyzer();
    }

    private static AnalyzedArticle analyse(String id, String... paragraphs) {
        return analyzer.analyze(new Article(id, null, String.join("\n\n", paragraphs), null, null, null, null,
                LocalDate.of(2021, 5, 14), null));
    }

    private List<Quote> quotes(String... paragraphs) {
        return finder.find(List.of(analyse("a1", paragraphs)), new EntityIndex(List.of(), Map.of()));
    }

    private static Quote containing(List<Quote> quotes, String fragment) {
        return quotes.stream().filter(q -> q.text().contains(fragment)).findFirst()
                .orElseGet(() -> fail("no quote containing '" + fragment + "' in " + quotes));
    }

    @Test
    void speakerAfterTheQuoteGetsTheFullestName() {
        List<Quote> qs = quotes("Harbour master Edwin Marlow inspected the damaged pier on Tuesday.",
                "\"The harbour will reopen next week once the repairs are finished,\" Marlow said.");
        Quote q = containing(qs, "harbour will reopen");
        assertEquals("Edwin Marlow", q.speakerName());
        assertEquals("said", q.cue());
        assertNull(q.speaker());
        assertEquals("The harbour will reopen next week once the repairs are finished,", q.text());
    }

    @Test
    void invertedCueWithARelativeClause() {
        List<Quote> qs = quotes("Daniel Okafor runs the port agency.",
                "\"We expect the first cargo ships on Monday morning,\" said Okafor, whose agency manages the docks.");
        Quote q = containing(qs, "first cargo ships");
        assertEquals("Daniel Okafor", q.speakerName());
        assertEquals("said", q.cue());
    }

    @Test
    void colonIntroductionAndToldReportersThat() {
        List<Quote> qs = quotes(
                "Maria Lindqvist said in an interview: \"Our teams have no plan to leave the valley this winter.\"",
                "Peter Hallam told reporters that \"the river has never been this high in living memory\".");
        assertEquals("Maria Lindqvist", containing(qs, "leave the valley").speakerName());
        Quote told = containing(qs, "river has never");
        assertEquals("Peter Hallam", told.speakerName());
        assertEquals("told", told.cue());
    }

    @Test
    void quotedAsSayingAndAdded() {
        List<Quote> qs = quotes("Foreign minister Tomas Varga arrived in the capital on Friday.",
                "\"We hope the talks will bring calm to the border towns,\" Varga was quoted by state television as saying.",
                "\"Nobody gains from a long conflict,\" Varga added.");
        Quote q = containing(qs, "talks will bring calm");
        assertEquals("Tomas Varga", q.speakerName());
        assertEquals("quoted as saying", q.cue());
        Quote added = containing(qs, "Nobody gains");
        assertEquals("Tomas Varga", added.speakerName());
        assertEquals("added", added.cue());
    }

    @Test
    void accordingToAndPartialQuoteInAReportedSentence() {
        List<Quote> qs = quotes(
                "According to Ellen Marsh, \"the school will need at least three more teachers before autumn\".",
                "Ellen Marsh said the aim of the new fund was \"to give every child in the district a hot lunch\".");
        Quote according = containing(qs, "three more teachers");
        assertEquals("Ellen Marsh", according.speakerName());
        assertEquals("according to", according.cue());
        Quote partial = containing(qs, "hot lunch");
        assertEquals("Ellen Marsh", partial.speakerName());
        assertEquals("to give every child in the district a hot lunch", partial.text());
    }

    @Test
    void pronounAndTitleResolveToThePreviousSpeaker() {
        List<Quote> qs = quotes(
                "Health minister Robert Feld visited the new hospital wing on Monday.",
                "\"The wing will treat two hundred patients a day,\" Feld said.",
                "He added that \"nobody in the region will wait more than a week for surgery\".",
                "\"We have hired forty nurses since March,\" the minister said.");
        assertEquals("Robert Feld", containing(qs, "wait more than a week").speakerName());
        assertEquals("Robert Feld", containing(qs, "forty nurses").speakerName());
    }

    @Test
    void multiSentenceQuoteIsOneQuote() {
        List<Quote> qs = quotes("Carla Brandt chairs the water board.",
                "\"The pipes are old. Some were laid before the war. We will replace all of them,\" Brandt said.");
        assertEquals(1, qs.size());
        Quote q = qs.get(0);
        assertTrue(q.text().startsWith("The pipes are old.") && q.text().endsWith("all of them,"), q.text());
        assertEquals("Carla Brandt", q.speakerName());
    }

    @Test
    void paragraphContinuedQuoteKeepsItsSpeaker() {
        List<Quote> qs = quotes("Farmer Jonas Weber described the flood.",
                "\"The water came over the fields in less than an hour,\" Weber said. \"We lost most of the barley.",
                "\"It will take years before the soil recovers.\"");
        Quote last = containing(qs, "soil recovers");
        assertEquals("Jonas Weber", last.speakerName());
        assertEquals("Jonas Weber", containing(qs, "lost most of the barley").speakerName());
    }

    @Test
    void unattributedQuoteFollowsThePreviousSpeaker() {
        List<Quote> qs = quotes("\"The roads are closed north of the lake,\" police officer Sandra Kovacs said.",
                "\"Drivers should stay at home until the snow stops.\"");
        assertEquals("Sandra Kovacs", containing(qs, "stay at home").speakerName());
    }

    @Test
    void scareQuotesAreDroppedButShortDirectQuotesKept() {
        List<Quote> qs = quotes(
                "Mayor Hanna Berg said the council opposed any \"quick fix\" for the housing shortage.",
                "Her plan is a \"bold experiment\" in public housing.",
                "\"Never,\" Berg said when asked about selling the park.");
        assertTrue(qs.stream().noneMatch(q -> q.text().contains("quick fix")), qs.toString());
        assertTrue(qs.stream().noneMatch(q -> q.text().contains("bold experiment")), qs.toString());
        Quote never = containing(qs, "Never");
        assertEquals("Hanna Berg", never.speakerName());
    }

    @Test
    void reportedPolicyKeepsShortQuotesInsideReportedSpeechButNotUnattributedOnes() {
        AnalyzedArticle a = analyse("a1",
                "Mayor Hanna Berg said the council opposed any \"quick fix\" for the housing shortage.",
                "Her plan is a \"bold experiment\" in public housing.");
        List<Quote> reported = new QuoteFinder(QuoteFinder.ShortQuotes.REPORTED).find(List.of(a), null);
        assertEquals("Hanna Berg", containing(reported, "quick fix").speakerName());
        assertTrue(reported.stream().noneMatch(q -> q.text().contains("bold experiment")), reported.toString());
        assertTrue(new QuoteFinder().find(List.of(a), null).isEmpty());
    }

    @Test
    void titlesOfShowsAreNotQuotes() {
        List<Quote> qs = quotes("Senator Paul Ander told \"Morning Report Weekly\" that the vote would pass.");
        assertTrue(qs.isEmpty(), qs.toString());
    }

    @Test
    void appositionWithParenthesisAndCommas() {
        List<Quote> qs = quotes("\"We will not sign this budget in its current form,\" Rep. Laura Quinn (D-Ore.), "
                + "a member of the finance panel, said in a phone interview.");
        assertEquals("Laura Quinn", containing(qs, "budget").speakerName());
    }

    @Test
    void signatureAfterADash() {
        List<Quote> qs = quotes("\"The town needs a new library more than a new car park.\" ― Gloria Estevez");
        assertEquals("Gloria Estevez", containing(qs, "library").speakerName());
    }

    @Test
    void organisationsSpeakToo() {
        List<Quote> qs = quotes(
                "\"The officials said the drills are routine and planned months ago,\" NBC News reported on Friday.",
                "The Environment Ministry issued a statement on the spill.",
                "\"Cleanup crews will work through the night,\" the ministry said.");
        Quote reported = containing(qs, "drills are routine");
        assertEquals("NBC News", reported.speakerName());
        assertEquals("reported", reported.cue());
        assertEquals("Environment Ministry", containing(qs, "Cleanup crews").speakerName());
    }

    @Test
    void titleAndSurnameResolveToTheFullNameAcrossTheStory() {
        AnalyzedArticle first = analyse("a1", "The relief agency is led by Margaret Ellison, a former diplomat.");
        AnalyzedArticle second = analyse("a2",
                "Mrs Ellison said the aim of the convoy is \"to reach every village cut off by the storm\".");
        List<Quote> qs = finder.find(List.of(first, second), new EntityIndex(List.of(), Map.of()));
        Quote q = containing(qs, "every village");
        assertEquals("Margaret Ellison", q.speakerName());
        assertEquals("a2", q.article());
    }

    @Test
    void usesTheEntityIndexWhenItKnowsTheSpeaker() {
        AnalyzedArticle a = analyse("a1",
                "\"The vaccine doses arrive on Thursday,\" health official Rafael Duarte said.");
        Map<String, String> keys = new HashMap<>();
        for (Sentence s : a.sentences()) {
            for (Mention m : s.mentions()) {
                if (m.type() == EntityType.PERSON) {
                    keys.put(EntityIndex.key("a1", m.begin()), "e3");
                }
            }
        }
        Entity duarte = new Entity("e3", "Rafael A. Duarte", EntityType.PERSON, List.of("Rafael Duarte"),
                List.of("health official"), 1, List.of("a1"));
        List<Quote> qs = finder.find(List.of(a), new EntityIndex(List.of(duarte), keys));
        Quote q = containing(qs, "vaccine doses");
        assertEquals("e3", q.speaker());
        assertEquals("Rafael A. Duarte", q.speakerName());
    }

    @Test
    void offsetsPointAtTheQuotedText() {
        AnalyzedArticle a = analyse("a1", "\"Prices will fall in spring,\" economist Laura Pike said.");
        Quote q = finder.find(List.of(a), null).get(0);
        assertEquals(q.text(), a.article().text().substring(q.begin(), q.end()));
        assertEquals("Laura Pike", q.speakerName());
    }
}
