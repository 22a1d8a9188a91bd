package io.concord.timeline;

import io.concord.article.Article;
import io.concord.article.DateSource;
import io.concord.nlp.AnalyzedArticle;
import io.concord.nlp.CoreNlpAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A fictional story in three reports: two dated (Saturday 2021-06-12, Sunday 2021-06-13), one undated. */
class TimelineBuilderTest {
    private static final String FIRST = String.join("\n\n",
            "A storm damaged the old pier on Thursday.",
            "The Lakeview town council voted on Thursday to approve a new bridge over the Orme river, ending a debate that lasted nearly three years.",
            "Last Modified: 12 Jun 2021 09:30",
            "Mayor Hilda Brannock signed the measure on Friday, her office said.",
            "Saturday's ceremony at the riverbank drew a large crowd.",
            "Deputy mayor Kim Jun praised the plan.",
            "\"Construction starts on Monday and nobody can stop it now.\"",
            "\"We will open the bridge in 2031,\" Brannock said.",
            "Residents gather at the town square for weekly Friday markets.",
            "The old bridge was built in March 1921.",
            "The council is now studying a second crossing.");
    private static final String SECOND = String.join("\n\n",
            "Lakeview council members voted on Thursday to approve the new bridge across the Orme river.",
            "The vote followed a public hearing on June 3 that drew hundreds of residents.",
            "Engineers presented the final design in May.",
            "The river has been falling for the first time since Wednesday, the water board said.",
            "The council will publish the building contract by the end of the month.",
            "Older residents still talk about the night of the great flood.");
    private static final String UNDATED = String.join("\n\n",
            "Town records show that the Orme river flooded on April 2, 2020, and again on Tuesday.");

    private static List<TimelineEntry> timeline;

    @BeforeAll
    static void build() {
        CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer();
        List<AnalyzedArticle> articles = List.of(
                analyzer.analyze(article("a1", FIRST, LocalDate.parse("2021-06-12"))),
                analyzer.analyze(article("a2", SECOND, LocalDate.parse("2021-06-13"))),
                analyzer.analyze(article("a3", UNDATED, null)));
        timeline = new TimelineBuilder().build(articles);
    }

    private static Article article(String id, String text, LocalDate published) {
        return new Article(id, null, text, null, null, null, null, published,
                published == null ? DateSource.NONE : DateSource.METADATA);
    }

    private static List<TimelineEntry> on(String date) {
        return timeline.stream().filter(e -> e.date().equals(date)).toList();
    }

    @Test
    void sameEventInTwoReportsIsOneEntryWithBothSources() {
        List<TimelineEntry> thursday = on("2021-06-10");
        TimelineEntry vote = thursday.stream().filter(e -> e.text().contains("bridge")).findFirst()
                .orElseThrow(() -> new AssertionError(timeline.toString()));
        assertEquals(List.of("a1", "a2"), vote.sources());
        assertEquals("Thursday", vote.expression().replaceFirst("^on ", ""));
        assertEquals(1, thursday.stream().filter(e -> e.text().contains("bridge")).count(), timeline.toString());
    }

    @Test
    void differentEventsOnOneDayStaySeparateAndTheBetterSourcedComesFirst() {
        List<TimelineEntry> thursday = on("2021-06-10");
        assertEquals(2, thursday.size(), timeline.toString());
        assertTrue(thursday.get(0).text().contains("bridge"));
        assertTrue(thursday.get(1).text().contains("pier"));
        assertEquals(List.of("a1"), thursday.get(1).sources());
    }

    @Test
    void entriesAreOrderedByDateAndKeepTheirPrecision() {
        List<String> dates = timeline.stream().map(TimelineEntry::date).toList();
        assertEquals(dates.stream().sorted().toList(), dates);
        assertTrue(dates.contains("2021-05"), dates.toString());
        assertTrue(dates.contains("2021-06-03"), dates.toString());
        assertTrue(dates.contains("2021-06-11"), dates.toString());
        TimelineEntry saturday = on("2021-06-12").get(0);
        assertTrue(saturday.text().startsWith("Saturday's ceremony"), saturday.text());
    }

    @Test
    void undatedReportContributesOnlyExplicitDates() {
        List<TimelineEntry> fromUndated = timeline.stream().filter(e -> e.sources().contains("a3")).toList();
        assertEquals(1, fromUndated.size(), fromUndated.toString());
        assertEquals("2020-04-02", fromUndated.get(0).date());
    }

    @Test
    void leavesOutWhatIsNotAnEvent() {
        for (TimelineEntry e : timeline) {
            assertFalse(e.text().startsWith("Last Modified"), e.toString());
            assertFalse(e.text().contains("Construction starts"), "quotation only: " + e);
            assertFalse(e.text().contains("Friday markets"), "habit: " + e);
            assertFalse(e.text().contains("1921"), "outside the story window: " + e);
            assertFalse(e.text().contains("2031"), "outside the story window: " + e);
            assertFalse(e.text().contains("Kim Jun"), "a name, not a month: " + e);
            assertFalse(e.text().contains("second crossing"), "now is not a date: " + e);
            assertFalse(e.text().contains("three years") && !e.date().equals("2021-06-10"), "duration: " + e);
        }
    }

    @Test
    void everyEntryIsOneSentenceOfOneOfItsSources() {
        for (TimelineEntry e : timeline) {
            boolean inASource = e.sources().stream().map(id -> switch (id) {
                case "a1" -> FIRST;
                case "a2" -> SECOND;
                default -> UNDATED;
            }).anyMatch(text -> text.contains(e.text()));
            assertTrue(inASource, e.toString());
            assertFalse(e.text().contains("\n"), e.toString());
        }
    }

    @Test
    void spanEdgesDeadlinesAndBarePartsOfDayAreNotEvents() {
        for (TimelineEntry e : timeline) {
            assertFalse(e.text().contains("since Wednesday"), "the start of a span is not an event: " + e);
            assertFalse(e.text().contains("by the end of the month"), "a deadline is not an event: " + e);
            assertFalse(e.text().contains("the night of the great flood"), "a bare 'night' has no day: " + e);
        }
    }
}
