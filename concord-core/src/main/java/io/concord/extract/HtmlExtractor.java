package io.concord.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Main text and metadata of an HTML news page, with jsoup. Thread-safe.
 * (First version: paragraphs of the page and its title; the main-text scorer replaces the body of
 * {@link #extract}.)
 */
public final class HtmlExtractor {

    /** @param url the page's url when known (for relative links and url date patterns), else null */
    public ExtractedPage extract(String html, String url) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        List<String> paragraphs = new ArrayList<>();
        for (Element p : doc.select("p")) {
            String t = p.text().strip();
            if (!t.isEmpty()) {
                paragraphs.add(t);
            }
        }
        String title = doc.title().isBlank() ? null : doc.title().strip();
        return new ExtractedPage(title, String.join("\n\n", paragraphs), null, null, null, url, null);
    }
}
