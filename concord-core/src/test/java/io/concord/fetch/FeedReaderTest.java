package io.concord.fetch;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedReaderTest {
    private final FeedReader reader = new FeedReader();

    @Test
    void readsRssItemsWithLinksTitlesAndDates() throws FetchException {
        Feed feed = reader.read(Feeds.rss("https://gazette.example").getBytes(StandardCharsets.UTF_8),
                "application/rss+xml", URI.create("https://gazette.example/feed.xml"));
        assertEquals("Valley Gazette: news", feed.title());
        assertEquals(13, feed.items().size());
        FeedItem first = feed.items().get(0);
        assertEquals("Night ferry returns", first.title());
        assertEquals("https://gazette.example/news/ferry.html", first.link());
        assertEquals(LocalDate.of(2032, 3, 13), first.published());
        assertEquals(LocalDate.of(2032, 3, 17), feed.items().get(1).published(), "09:00 +0100 is 08:00 UTC the same day");
        assertNull(feed.items().get(2).published());
        assertNull(feed.items().get(9).link(), "the item without a link");
    }

    @Test
    void resolvesRelativeAtomLinksAgainstTheFeedUrl() throws FetchException {
        Feed feed = reader.read(Feeds.ATOM.getBytes(StandardCharsets.UTF_8), null,
                URI.create("https://gazette.example/feeds/atom.xml"));
        assertEquals(1, feed.items().size());
        assertEquals("https://gazette.example/news/moved.html", feed.items().get(0).link());
        assertEquals(LocalDate.of(2032, 3, 10), feed.items().get(0).published(), "updated stands in for published");
    }

    @Test
    void decodesTheEncodingTheXmlPrologDeclares() throws FetchException {
        String xml = """
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <rss version="2.0"><channel><title>Gazette</title><link>https://g.example/</link><description>d</description>
                <item><title>Café prize</title><link>https://g.example/cafe</link></item></channel></rss>
                """;
        Feed feed = reader.read(xml.getBytes(Charset.forName("ISO-8859-1")), null, null);
        assertEquals("Café prize", feed.items().get(0).title());
    }

    @Test
    void refusesAnExternalEntity() {
        FetchException e = assertThrows(FetchException.class,
                () -> reader.read(Feeds.XXE.getBytes(StandardCharsets.UTF_8), "application/rss+xml", null));
        assertTrue(e.getMessage().startsWith("refused: the feed declares a DOCTYPE"), e.getMessage());
    }

    @Test
    void refusesAnEntityExpansionBombQuickly() {
        long start = System.nanoTime();
        FetchException e = assertThrows(FetchException.class,
                () -> reader.read(Feeds.BILLION_LAUGHS.getBytes(StandardCharsets.UTF_8), null, null));
        assertTrue(e.getMessage().startsWith("refused: the feed declares a DOCTYPE"), e.getMessage());
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "rejected without expanding");
    }

    @Test
    void reportsMalformedXmlAndNonFeeds() {
        FetchException broken = assertThrows(FetchException.class,
                () -> reader.read("<rss version=\"2.0\"><channel><title>cut".getBytes(StandardCharsets.UTF_8), null, null));
        assertTrue(broken.getMessage().startsWith("not well-formed XML"), broken.getMessage());
        FetchException html = assertThrows(FetchException.class,
                () -> reader.read("<html><body><p>a page</p></body></html>".getBytes(StandardCharsets.UTF_8), "text/html", null));
        assertTrue(html.getMessage().startsWith("not an RSS or Atom feed"), html.getMessage());
    }
}
