package io.concord.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Main text and metadata on pages written for these tests (fictional town of Varnholt). */
class HtmlExtractorTest {
    private final HtmlExtractor extractor = new HtmlExtractor();

    private static final String P1 = "The harbour council of Varnholt voted on Tuesday to rebuild the old grain pier, "
            + "ending a dispute that had lasted for more than six years.";
    private static final String P2 = "Engineers said the work would begin in early spring, once the ice has gone, "
            + "and that the pier would reopen to fishing boats by the autumn.";
    private static final String P3 = "Residents who had campaigned for the repairs gathered outside the town hall, "
            + "where several of them thanked the council for listening.";

    private static String article(String body) {
        return "<p>" + P1 + "</p>\n<p>" + P2 + "</p>\n" + body + "<p>" + P3 + "</p>\n";
    }

    private static String page(String head, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">" + head + "</head><body>"
                + "<header class=\"site-header\"><a href=\"/\">Varnholt Courier</a>"
                + "<nav><ul><li><a href=\"/news\">News</a></li><li><a href=\"/sport\">Sport</a></li>"
                + "<li><a href=\"/weather\">Weather</a></li></ul></nav></header>"
                + body
                + "<footer><p>Copyright 2026 Varnholt Courier. All rights reserved. Contact the newsroom.</p></footer>"
                + "</body></html>";
    }

    @Test
    void keepsArticleParagraphsAndDropsNavigationAndFooter() {
        ExtractedPage p = extractor.extract(page("<title>Pier to be rebuilt | Varnholt Courier</title>",
                "<main><article><h1>Pier to be rebuilt</h1>" + article("") + "</article></main>"), null);
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, p.text());
        assertEquals("Pier to be rebuilt", p.title());
        assertEquals("en", p.language());
    }

    @Test
    void survivesMalformedHtml() {
        String html = "<html><body><div id=content><p>" + P1 + "<p>" + P2 + "<div><b><i>" + P3
                + "</div></b></i><ul><li><a href=/a>Home</a><li><a href=/b>Archive</a></ul>";
        String text = extractor.extract(html, null).text();
        assertTrue(text.contains(P1) && text.contains(P2) && text.contains(P3), text);
        assertFalse(text.contains("Archive"), text);
    }

    @Test
    void findsTextInNestedLayoutTables() {
        String html = "<html><body><table><tr><td><table><tr><td class=menu><a href=/1>Start</a><br>"
                + "<a href=/2>Links</a><br><a href=/3>Guestbook</a></td></tr></table></td>"
                + "<td><table><tr><td><font size=2>" + P1 + "<br><br>" + P2 + "<br><br>" + P3
                + "</font></td></tr></table></td></tr></table></body></html>";
        String text = extractor.extract(html, null).text();
        assertTrue(text.contains(P1) && text.contains(P2) && text.contains(P3), text);
        assertFalse(text.contains("Guestbook"), text);
    }

    @Test
    void dropsAHugeCommentSection() {
        StringBuilder comments = new StringBuilder("<section id=\"comments\" class=\"comments-area\"><h3>42 comments</h3><ol class=\"comment-list\">");
        for (int i = 0; i < 60; i++) {
            comments.append("<li class=\"comment\"><div class=\"comment-author\">Reader").append(i)
                    .append("</div><div class=\"comment-content\"><p>I walked along that pier every summer as a child, ")
                    .append("and it is about time somebody fixed the broken planks, number ").append(i).append(".</p></div></li>");
        }
        comments.append("</ol></section>");
        String html = page("", "<article class=\"post\"><h1>Pier</h1><div class=\"entry-content\">" + article("")
                + "</div>" + comments + "</article>");
        String text = extractor.extract(html, null).text();
        assertTrue(text.contains(P1) && text.contains(P3), text);
        assertFalse(text.contains("broken planks"), text);
    }

    @Test
    void dropsCookieBannerRelatedLinksCaptionsAndShareWidgets() {
        String html = page("", "<div id=\"cookie-consent\"><p>We use cookies to improve your experience on our "
                + "site. By continuing you accept them.</p><button>OK</button></div>"
                + "<article><h1>Pier</h1><div class=\"article-body\">" + article(
                "<figure><img src=\"pier.jpg\"><figcaption>The pier in winter, photographed from the lighthouse "
                        + "by a staff photographer.</figcaption></figure>"
                        + "<div class=\"share-buttons\"><a href=\"#\">Share on social networks</a> <a href=\"#\">Email this story</a></div>")
                + "</div><div class=\"related-stories\"><h3>Read more</h3><ul>"
                + "<li><a href=\"/x\">Ferry timetable changes for the winter season announced</a></li>"
                + "<li><a href=\"/y\">Lighthouse keeper retires after forty years of service</a></li></ul></div>"
                + "</article>");
        String text = extractor.extract(html, null).text();
        assertTrue(text.contains(P1) && text.contains(P2) && text.contains(P3), text);
        for (String bad : new String[]{"cookies", "photographed from the lighthouse", "Share on social",
                "Ferry timetable", "Lighthouse keeper"}) {
            assertFalse(text.contains(bad), bad + " leaked: " + text);
        }
    }

    @Test
    void usesJsonLdArticleBodyWhenTheMarkupHasNoText() {
        String ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"Pier to be rebuilt\",\"datePublished\":\"2026-03-04T09:30:00+01:00\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"Mara Holm\"},"
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Varnholt Courier\"},"
                + "\"articleBody\":\"" + P1 + "\\n" + P2 + "\\n" + P3 + "\"}</script>";
        ExtractedPage p = extractor.extract(page(ld, "<div id=\"app\"><span>Loading…</span></div>"), null);
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, p.text());
        assertEquals(LocalDate.of(2026, 3, 4), p.published());
        assertEquals("Mara Holm", p.author());
        assertEquals("Varnholt Courier", p.outlet());
        assertEquals("Pier to be rebuilt", p.title());
    }

    @Test
    void germanPageWithoutParagraphTags() {
        String s1 = "Der Gemeinderat von Varnholt hat am Dienstag beschlossen, den alten Getreidesteg neu zu bauen, "
                + "nachdem jahrelang darüber gestritten worden war.";
        String s2 = "Die Arbeiten sollen im Frühjahr beginnen, sobald das Eis geschmolzen ist, und im Herbst abgeschlossen sein.";
        String html = "<html lang=\"de-DE\"><head><title>Steg wird neu gebaut – Varnholter Bote</title>"
                + "<meta property=\"og:site_name\" content=\"Varnholter Bote\"></head><body>"
                + "<div class=\"navigation\"><a href=\"/\">Startseite</a> | <a href=\"/impressum\">Impressum</a></div>"
                + "<div class=\"inhalt\"><div class=\"datum\">18. Februar 2026</div>"
                + "<div class=\"text\">" + s1 + "<br><br>" + s2 + "</div></div>"
                + "<div class=\"fuss\"><a href=\"/datenschutz\">Datenschutz</a></div></body></html>";
        ExtractedPage p = extractor.extract(html, "https://www.varnholter-bote.example/lokales/steg.html");
        assertTrue(p.text().contains(s1) && p.text().contains(s2), p.text());
        assertFalse(p.text().contains("Impressum"), p.text());
        assertFalse(p.text().contains("18. Februar"), p.text());
        assertEquals("\n\n", p.text().substring(s1.length(), s1.length() + 2), "a <br><br> starts a paragraph");
        assertEquals("de", p.language());
        assertEquals("Steg wird neu gebaut", p.title());
        assertEquals("Varnholter Bote", p.outlet());
        assertEquals(LocalDate.of(2026, 2, 18), p.published());
    }

    @Test
    void metadataFromMetaTagsUrlAndByline() {
        String head = "<title>Pier to be rebuilt - Varnholt Courier</title>"
                + "<meta property=\"article:published_time\" content=\"2026-03-05T07:00:00Z\">"
                + "<link rel=\"canonical\" href=\"https://courier.example/2026/03/05/pier\">";
        ExtractedPage p = extractor.extract(page(head, "<article><h1>Pier to be rebuilt</h1><p>By Jonas Brandt</p>"
                + article("") + "</article>"), "https://courier.example/amp/pier?x=1");
        assertEquals(LocalDate.of(2026, 3, 5), p.published());
        assertEquals("https://courier.example/2026/03/05/pier", p.url());
        assertEquals("courier.example", p.outlet());
        assertEquals("Jonas Brandt", p.author());
        assertEquals("Pier to be rebuilt", p.title());
    }

    @Test
    void dateFromUrlWhenThePageHasNone() {
        ExtractedPage p = extractor.extract(page("", "<article>" + article("") + "</article>"),
                "https://blog.example/2012/02/18/pier/");
        assertEquals(LocalDate.of(2012, 2, 18), p.published());
    }

    @Test
    void emptyPageGivesEmptyText() {
        ExtractedPage p = extractor.extract("", null);
        assertEquals("", p.text());
        assertNull(p.title());
        assertNull(p.published());
    }
}
