package io.concord.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Furniture inside or around the article (credits, captions, notes set apart from the prose) on pages written
 * for these tests (fictional town of Oskerby).
 */
class MainTextLeaksTest {
    private final HtmlExtractor extractor = new HtmlExtractor();

    private static final String[] BODY = {
        "The ferry between Oskerby and the outer islands will run twice a day again from May, the shipping "
                + "company announced on Friday, after a winter of single crossings.",
        "A new engine was fitted in the boatyard at Lund in March, and the trial runs in the sound went well, "
                + "according to the captain, who has sailed the route for nineteen years.",
        "Islanders had complained that a single crossing left them no time to see a doctor or a lawyer in "
                + "town and come back on the same day, and the council took up their case.",
        "Tickets will cost the same as last year, and children under twelve will travel free, as they have "
                + "done since the service was taken over by the county in the nineties.",
    };

    private static String page(String article) {
        return page("", article);
    }

    private static String page(String head, String article) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Ferry</title>" + head + "</head><body>"
                + "<div class=\"topbar\"><a href=\"/\">Oskerby Post</a> <a href=\"/sea\">Sea</a></div>"
                + "<div class=\"story\"><h1>Two ferries a day again</h1>" + article + "</div>"
                + "<footer><p>Oskerby Post, the island paper since 1923.</p></footer></body></html>";
    }

    private String text(String article) {
        return extractor.extract(page(article), null).text();
    }

    private static void assertBody(String text) {
        for (String p : BODY) {
            assertTrue(text.contains(p), text);
        }
    }

    @Test
    void dropsShortCreditAndSourceLinesInSeveralLanguages() {
        String text = text("<p>" + BODY[0] + "</p><p>Foto: Jens Larsen / Oskerby Post</p>"
                + "<p>" + BODY[1] + "</p><p>The new engine on its way to the boat. © Harbour Archive</p>"
                + "<p>" + BODY[2] + "</p><p>Crédits photos : Port d'Oskerby</p>"
                + "<p>" + BODY[3] + "</p><p>Quelle: Reederei Oskerby, 3. März</p>");
        assertBody(text);
        assertFalse(text.contains("Jens Larsen"), text);
        assertFalse(text.contains("Harbour Archive"), text);
        assertFalse(text.contains("Port d'Oskerby"), text);
        assertFalse(text.contains("Reederei"), text);
    }

    @Test
    void keepsLongParagraphsThatNameASource() {
        String sourced = "Source: the county's own figures, which show that the number of passengers fell by a third "
                + "in the winter months, when the ferry crossed only once a day, and that most of those who stayed "
                + "at home were older islanders without a car of their own.";
        String text = text("<p>" + BODY[0] + "</p><p>" + BODY[1] + "</p><p>" + sourced + "</p><p>" + BODY[2]
                + "</p><p>" + BODY[3] + "</p>");
        assertTrue(text.contains(sourced), text);
    }

    @Test
    void aHeadingFollowedByAPictureStaysWithTheTextBelowIt() {
        String text = text("<p>" + BODY[0] + "</p><p>" + BODY[1] + "</p><h2>A winter of single crossings</h2>"
                + "<figure><img src=\"ferry.jpg\"><figcaption>The ferry in the ice at Lund.</figcaption></figure>"
                + "<p>" + BODY[2] + "</p><p>" + BODY[3] + "</p>");
        assertBody(text);
        assertTrue(text.contains("A winter of single crossings"), text);
        assertFalse(text.contains("in the ice at Lund"), text);
    }

    @Test
    void aWidgetTitledWithAnH1DoesNotProtectTheSidebar() {
        String about = "This blog follows the boats, the weather and the people of the outer islands, written by a "
                + "retired harbour master who still walks down to the quay every morning before breakfast, notebook in hand, to see which boats "
                + "came in overnight and what they brought.";
        String html = "<!DOCTYPE html><html lang=\"en\"><head><title>Ferry</title></head><body>"
                + "<div class=\"content\"><h1>Two ferries a day again</h1><div class=\"entry\"><p>" + String.join("</p><p>", BODY)
                + "</p></div></div><aside class=\"sidebar-widget\"><h1 class=\"widget-title\">About</h1><p>" + about
                + "</p></aside></body></html>";
        String text = extractor.extract(html, null).text();
        assertBody(text);
        assertFalse(text.contains("retired harbour master"), text);
    }

    @Test
    void dropsAShortLabelOverALinkListButKeepsASignOffAboveTheComments() {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><title>Ferry</title></head><body>"
                + "<div class=\"story\"><h1>Two ferries a day again</h1><div class=\"entry\"><p>"
                + String.join("</p><p>", BODY) + "</p><div class=\"box\"><p>More from the harbour desk</p>"
                + "<ul><li><a href=\"/a\">Lighthouse keepers remember the storm</a></li>"
                + "<li><a href=\"/b\">New pontoons for the marina</a></li></ul></div>"
                + "<p>See you on the quay, Margit</p></div></div>"
                + "<section class=\"responses\"><ul><li><a href=\"/u/1\">Reader</a> <a href=\"/c/1\">12 May</a></li></ul></section>"
                + "</body></html>";
        String text = extractor.extract(html, null).text();
        assertBody(text);
        assertFalse(text.contains("harbour desk"), text);
        assertTrue(text.contains("See you on the quay, Margit"), text);
    }

    @Test
    void dropsInlineElementsNamedAsFurnitureButKeepsADateline() {
        String text = text("<p><span class=\"dateline\">OSKERBY – </span>" + BODY[0] + "</p><p>" + BODY[1]
                + " <em class=\"image-copyright\">Lund Boatyard Press Office</em></p><p>" + BODY[2]
                + "<span class=\"share-count\">14 shares</span></p><p>" + BODY[3] + "</p>");
        assertBody(text);
        assertTrue(text.contains("OSKERBY – " + BODY[0]), text);
        assertFalse(text.contains("Press Office"), text);
        assertFalse(text.contains("14 shares"), text);
    }

    @Test
    void dropsAdvertisementLabelsInSeveralLanguages() {
        String text = text("<p>" + BODY[0] + "</p><div class=\"slot\">- Anzeige -</div><p>" + BODY[1]
                + "</p><p>ADVERTISEMENT: Try the island bakery's new rye loaf</p><p>" + BODY[2]
                + "</p><center>Reklama</center><p>" + BODY[3] + "</p>");
        assertBody(text);
        assertFalse(text.contains("Anzeige"), text);
        assertFalse(text.contains("rye loaf"), text);
        assertFalse(text.contains("Reklama"), text);
    }

    private static final String DATED = "<div class=\"when\">Updated: 12.03.2026, 09:14</div><p>" + BODY[0] + "</p><p>"
            + BODY[1] + "</p><div>4 May 2026 | Ferries</div><p>" + BODY[2] + "</p><p>The first crossing is planned for "
            + "4 May 2026, weather permitting.</p><p>" + BODY[3] + "</p><p>— Oskerby Harbour (@oskerbyharbour) March 12, 2026</p>";

    @Test
    void dropsDateLinesWhenTheMetadataDatesThePageButKeepsSentencesWithDates() {
        String sentence = "The first crossing is planned for 4 May 2026, weather permitting.";
        String text = extractor.extract(page("<meta property=\"article:published_time\" content=\"2026-03-12T09:14:00Z\">",
                DATED), null).text();
        assertBody(text);
        assertFalse(text.contains("Updated"), text);
        assertFalse(text.contains("| Ferries"), text);
        assertTrue(text.contains(sentence), text);
        assertTrue(text.contains("@oskerbyharbour"), text);
    }

    @Test
    void aHeadingFollowedByANamedCaptionStaysWithTheTextBelowIt() {
        String text = text("<p>" + BODY[0] + "</p><p>" + BODY[1] + "</p><h3>The captain's view</h3>"
                + "<div class=\"media\"><img src=\"captain.jpg\"><div class=\"media__caption\"><p>The captain on the bridge.</p>"
                + "</div></div><p>" + BODY[2] + "</p><p>" + BODY[3] + "</p>");
        assertBody(text);
        assertTrue(text.contains("The captain's view"), text);
        assertFalse(text.contains("on the bridge"), text);
    }

    @Test
    void dropsTheAuthorBioBelowTheArticle() {
        String bio = "Margit Holm has covered the harbour and the islands for the Post since 2009. Before that she worked "
                + "on the ferries herself, first in the galley and later on the bridge, and she still keeps a boat of "
                + "her own in the marina.";
        String text = text("<div class=\"entry\"><p>" + String.join("</p><p>", BODY) + "</p></div>"
                + "<section class=\"author-bio\"><h4>Margit Holm</h4><p>" + bio + "</p></section>");
        assertBody(text);
        assertFalse(text.contains("in the galley"), text);
    }

    @Test
    void dropsAffiliateDisclosuresInTheArticle() {
        String note = "This article contains affiliate links: if you book a crossing through them, the Post receives a "
                + "small commission from the shipping company at no extra cost to you.";
        String text = text("<div class=\"entry\"><p class=\"affiliate-notice\">" + note + "</p><p>"
                + String.join("</p><p>", BODY) + "</p><div class=\"post-disclaimer\"><p>" + note + "</p></div></div>");
        assertBody(text);
        assertFalse(text.contains("commission"), text);
    }

    @Test
    void dropsRatingWidgetsButNotWordsThatContainRating() {
        String text = text("<div class=\"entry\"><p>" + String.join("</p><p>", BODY) + "</p>"
                + "<div><span class=\"post-ratings\">Was this article useful? (12 votes, 4.5 of 5)</span></div>"
                + "<p class=\"operating-hours\">The ticket office opens at seven in the morning on weekdays.</p></div>");
        assertBody(text);
        assertFalse(text.contains("useful"), text);
        assertTrue(text.contains("ticket office opens"), text);
    }

    @Test
    void keepsDateLinesWhenTheyAreThePagesOnlyDate() {
        String text = text(DATED);
        assertBody(text);
        assertTrue(text.contains("Updated: 12.03.2026, 09:14"), text);
    }

    @Test
    void aShortSentenceRightAfterTheArticleContinuesIt() {
        String last = "The county will review the timetable again in the autumn, the council said.";
        String text = text("<div class=\"entry\"><p>" + String.join("</p><p>", BODY) + "</p></div><p>" + last
                + "</p><p>Ferries, islands and harbour news every week in your inbox</p>");
        assertBody(text);
        assertTrue(text.contains(last), text);
        assertFalse(text.contains("in your inbox"), text);
    }
}
