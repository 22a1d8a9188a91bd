package io.concord.fetch;

import io.concord.article.PageDecoder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.util.Locale;

/** Feed autodiscovery: the first RSS or Atom feed an HTML page announces with {@code <link rel="alternate">}. */
final class FeedLinks {
    private FeedLinks() {
    }

    /** The absolute http(s) url of the page's first announced feed, or null. */
    static URI first(byte[] html, String contentType, URI page) {
        Document doc = Jsoup.parse(PageDecoder.decode(html, contentType), page.toString());
        for (Element link : doc.select("link[rel~=(?i)\\balternate\\b][href]")) {
            String type = link.attr("type").strip().toLowerCase(Locale.ROOT);
            if (!type.equals("application/rss+xml") && !type.equals("application/atom+xml")) {
                continue;
            }
            String href = link.absUrl("href");
            if (href.regionMatches(true, 0, "http", 0, 4)) {
                try {
                    return URI.create(href.replace(" ", "%20"));
                } catch (IllegalArgumentException malformed) {
                    // try the next one
                }
            }
        }
        return null;
    }
}
