package io.concord.clean;

import io.concord.article.Article;
import io.concord.article.DateSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FurnitureCleanerTest {
    private final FurnitureCleaner cleaner = new FurnitureCleaner();

    private static Article article(String id, String title, String outlet, String... paragraphs) {
        return new Article(id, title, String.join("\n\n", paragraphs), outlet, null, null, null, null, DateSource.NONE);
    }

    private static final List<String> REAL = List.of(
            "Ferry crews in Westmarch returned to work on Thursday after a four-day strike over rosters ended with a deal.",
            "\"We are glad the boats are moving again,\" said union organiser Petra Lindqvist, who led the talks.",
            "The port board agreed to hire twelve more deckhands and to cap night shifts at three a week.",
            "Commuters had faced queues of up to two hours at the bus stops that replaced the ferry crossings.",
            "The board's chairman, Anton Reyes, said the deal would cost the port about 1.2 million crowns a year.",
            "Shipping firms that use the harbour welcomed the end of the strike but warned of delays into next week.");

    private static List<String> paragraphs(Article a) {
        return List.of(a.text().split("\n\n"));
    }

    @Test
    void dropsFurnitureOfEveryKindAndKeepsRealParagraphsIntact() {
        List<String> text = new ArrayList<>();
        text.add("Ferry strike ends in Westmarch");              // headline after a section label title
        text.add("Last Modified: 12 Apr 2019 08:30");             // date stamp
        text.add("Share this article");                           // share prompt
        text.add("Follow us on Twitter");                         // follow prompt
        text.add(REAL.get(0));
        text.add("Union leaders (C) speak to crews at the quay. WIREPIX PHOTO / JON DOE (Photo credit should read JON DOE/Getty Images)");
        text.add(REAL.get(1));
        text.add("Talks resume");                                 // subheading
        text.add(REAL.get(2));
        text.add("Ms Lindqvist is pictured in a 2015 file photo at the harbour.");
        text.add(REAL.get(3));
        text.add(REAL.get(4));
        text.add(REAL.get(5));
        text.add("Harbour Herald and agencies");                  // credit line
        text.add("Topics in this article");
        text.add("Westmarch");
        text.add("Labour unions");
        text.add("More from Harbour Herald");                     // links block to the end
        text.add("Mountain village votes to keep its only school despite falling pupil numbers.");
        text.add("Chess prodigy, 11, beats grandmaster in a rapid game at the national open.");
        text.add("Drought forces farmers in the south to sell cattle early, traders say.");
        Article in = article("a1", "Business", null, text.toArray(String[]::new));

        Cleaned out = cleaner.cleanWithReport(List.of(in)).get(0);
        assertEquals(REAL, paragraphs(out.article()));
        assertEquals("Ferry strike ends in Westmarch", out.article().title());
        assertEquals("a1", out.article().id());
        assertTrue(out.removed().contains("section label: Business"), out.removed().toString());
        assertTrue(out.removed().stream().anyMatch(r -> r.startsWith("caption: Union leaders")));
        assertTrue(out.removed().stream().anyMatch(r -> r.startsWith("date stamp:")));
        assertTrue(out.removed().stream().anyMatch(r -> r.startsWith("prompt: Share")));
        assertTrue(out.removed().stream().anyMatch(r -> r.startsWith("credit:")));
        assertTrue(out.removed().stream().anyMatch(r -> r.startsWith("related links: Chess prodigy")));
    }

    @Test
    void unrelatedTeaserRunAtTheEndWithoutHeader() {
        List<String> text = new ArrayList<>(REAL);
        text.add("Mountain village votes to keep its only school despite falling pupil numbers.");
        text.add("Chess prodigy, 11, beats grandmaster in a rapid game at the national open.");
        text.add("Drought forces farmers in the south to sell cattle early, traders say.");
        text.add("Orchestra cancels winter tour after its conductor falls ill in Vienna.");
        Article in = article("a1", "Ferry strike ends", null, text.toArray(String[]::new));
        assertEquals(REAL, paragraphs(cleaner.clean(List.of(in)).get(0)));
    }

    @Test
    void shortRelatedFinalParagraphsAreKept() {
        List<String> text = new ArrayList<>(REAL);
        text.add("The strike was the first at the port since 2009.");
        text.add("Ferry fares will not rise this year, the board said.");
        text.add("Crews voted 212 to 40 to accept the deal.");
        Article in = article("a1", "Ferry strike ends", null, text.toArray(String[]::new));
        assertEquals(text, paragraphs(cleaner.clean(List.of(in)).get(0)));
    }

    @Test
    void sentencesThatLookLikePromptsAreKept() {
        List<String> text = List.of(
                "Like many harbour towns, Westmarch depends on its ferries for trade and tourism.",
                "Share prices of the ferry operator rose 4% after the deal.",
                "Follow-up talks on pensions are due in the spring, the union said.",
                "Copyright law was not part of the dispute, a spokesman added.");
        Article in = article("a1", "Ferry strike ends", null, text.toArray(String[]::new));
        assertEquals(text, paragraphs(cleaner.clean(List.of(in)).get(0)));
    }

    @Test
    void linesRepeatedAcrossReportsAreBoilerplateButSharedWireSentencesFromOtherOutletsStay() {
        String footer = "Sign up for our morning briefing";
        String footer2 = "The Harbour Herald is not responsible for the content of external sites.";
        String wire = "The port board agreed to hire twelve more deckhands and to cap night shifts at three a week.";
        Article a = article("a1", "Ferry strike ends", "Harbour Herald", REAL.get(0), wire, footer2, footer);
        Article b = article("a2", "Deal ends ferry walkout", "Harbour Herald",
                "Westmarch ferries sailed again on Thursday morning.", "Passengers cheered at the first crossing.", footer2, footer);
        Article c = article("a3", "Ferries sail again", "Coast Courier",
                "The ferry strike in Westmarch is over.", wire, "Crews said the deal was fair.");
        List<Article> out = cleaner.clean(List.of(a, b, c));
        assertEquals(List.of(REAL.get(0), wire), paragraphs(out.get(0)));
        assertEquals(List.of("Westmarch ferries sailed again on Thursday morning.", "Passengers cheered at the first crossing."),
                paragraphs(out.get(1)));
        assertEquals(List.of("The ferry strike in Westmarch is over.", wire, "Crews said the deal was fair."), paragraphs(out.get(2)));
    }

    @Test
    void nearDuplicateReportsKeepTheirSharedParagraphs() {
        Article a = article("a1", "Ferry strike ends", "Harbour Herald", REAL.toArray(String[]::new));
        Article b = article("a2", "Ferry strike ends", "Harbour Herald", REAL.toArray(String[]::new));
        List<Article> out = cleaner.clean(List.of(a, b));
        assertEquals(REAL, paragraphs(out.get(0)));
        assertEquals(REAL, paragraphs(out.get(1)));
    }

    @Test
    void repeatedHeadlineAndBylineAndTagsAreDropped() {
        Article in = article("a1", "Ferry strike ends in Westmarch", null,
                "Ferry strike ends in Westmarch", "By Petra Holm", REAL.get(0), REAL.get(1),
                "Tags: ferries, strikes, Westmarch", "Reporting by Petra Holm; Editing by Lars Oy", "(Wirewire)");
        assertEquals(List.of(REAL.get(0), REAL.get(1)), paragraphs(cleaner.clean(List.of(in)).get(0)));
    }

    @Test
    void relatedBlockInTheMiddleOnlyDropsUnrelatedLines() {
        List<String> text = new ArrayList<>();
        text.add(REAL.get(0));
        text.add(REAL.get(1));
        text.add("Related");
        text.add("Chess prodigy, 11, beats grandmaster in a rapid game at the national open.");
        text.add("Ferry crews in Westmarch vote on strike action over rosters and night shifts.");
        String longReal = "The agreement, reached after eleven hours of talks at the harbour office, also sets up a "
                + "joint committee of crews and managers to review rosters every six months, and it promises "
                + "that no crew member will be disciplined for taking part in the strike, according to a copy "
                + "of the text seen by reporters on Thursday evening.";
        text.add(longReal);
        text.add(REAL.get(2));
        Article in = article("a1", "Ferry strike ends", null, text.toArray(String[]::new));
        List<String> kept = paragraphs(cleaner.clean(List.of(in)).get(0));
        assertEquals(List.of(REAL.get(0), REAL.get(1),
                "Ferry crews in Westmarch vote on strike action over rosters and night shifts.", longReal, REAL.get(2)), kept);
    }

    @Test
    void anArticleThatWouldBeEmptiedIsKept() {
        Article in = article("a1", "Gallery", null, "Photo: harbour at dawn", "Share this");
        Cleaned c = cleaner.cleanWithReport(List.of(in)).get(0);
        assertEquals(in, c.article());
        assertFalse(c.removed().isEmpty());
    }

    @Test
    void metadataIsPreserved() {
        Article in = new Article("a7", "Ferry strike ends", REAL.get(0) + "\n\nShare this article", "Harbour Herald",
                "https://example.org/f", "x.txt", "Petra Holm", java.time.LocalDate.of(2019, 4, 12), DateSource.TEXT);
        Article out = cleaner.clean(List.of(in)).get(0);
        assertEquals(new Article("a7", "Ferry strike ends", REAL.get(0), "Harbour Herald", "https://example.org/f", "x.txt",
                "Petra Holm", java.time.LocalDate.of(2019, 4, 12), DateSource.TEXT), out);
    }

    @Test
    void longParagraphsLoseOnlyTheirInlinePhotoCredit() {
        String para = "Evacuees filled the sports hall in Lannet on Saturday as the river kept rising, and volunteers "
                + "handed out blankets and soup through the night while the water board opened two more shelters "
                + "(Photo credit should read Jon Doe/Wirepix) across the valley for families from the low streets.";
        String longWithFilePhoto = "The mayor, seen in a file photo on the town hall steps during last year's flood, said that the "
                + "new barriers had held for three days, that the pumps were running day and night, that no homes had been "
                + "lost this time, and that the council would ask the government for money to raise the river banks by a metre "
                + "before next winter, when forecasters expect even heavier rain across the northern hills.";
        Article in = article("a1", "Flood shelters open", null, para, longWithFilePhoto);
        Cleaned c = cleaner.cleanWithReport(List.of(in)).get(0);
        assertEquals(List.of(para.replace(" (Photo credit should read Jon Doe/Wirepix)", ""), longWithFilePhoto),
                paragraphs(c.article()));
        assertTrue(c.removed().get(0).startsWith("inline credit:"));
    }

    @Test
    void speechWithPartyMarkIsNotACaption() {
        List<String> text = List.of(REAL.get(0), "Senator Ann Lee (R) said the ferry subsidy would be cut next year.");
        Article in = article("a1", "Ferry strike ends", null, text.toArray(String[]::new));
        assertEquals(text, paragraphs(cleaner.clean(List.of(in)).get(0)));
    }

    @Test
    void headingsInUnspacedScriptsAreToldByLength() {
        String longLine = "渡し船の乗組員は四日間のストライキの後、木曜日に仕事に戻り、港湾委員会との合意により勤務表の問題が解決された";
        Article in = article("a1", "渡し船", null, "新しい合意", longLine);
        assertEquals(List.of(longLine), paragraphs(cleaner.clean(List.of(in)).get(0)));
    }

    @Test
    void dropsInlineLinkRowsAndClosingRightsNotices() {
        List<String> text = new ArrayList<>(REAL);
        text.add(2, "Related: Bus lanes for the harbour road | Ferry fares to rise next spring | Port board elections");
        text.add("This report was distributed by Lantern Wire. All rights reserved.");
        Article out = cleaner.clean(List.of(article("a1", "Ferry strike ends", null, text.toArray(String[]::new)))).get(0);
        assertEquals(REAL, paragraphs(out));
    }

    @Test
    void sentencesWithBarsOrBulletsInThemAreKept() {
        String table = "Turnout was 61 percent | up from 54 percent in the last vote, the electoral board said.";
        List<String> text = new ArrayList<>(REAL);
        text.add(table);
        Article out = cleaner.clean(List.of(article("a1", "Ferry strike ends", null, text.toArray(String[]::new)))).get(0);
        assertTrue(paragraphs(out).contains(table));
    }
}
