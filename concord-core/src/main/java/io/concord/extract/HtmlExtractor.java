package io.concord.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.util.List;

/**
 * Main text and metadata of an HTML page, with jsoup and Concord's own scoring (see {@link MainText},
 * {@link Metadata}). Thread-safe and stateless.
 */
public final class HtmlExtractor {
    private static final int BYLINE_LOOKAHEAD = 3;

    /**
     * @param html the page
     * @param url  the page's url when known (for relative links, url date patterns and the outlet), else null
     */
    public ExtractedPage extract(String html, String url) {
        if (html == null) {
            throw new IllegalArgumentException("html is null");
        }
        Document doc = Jsoup.parse(ScriptStripper.strip(html), url == null ? "" : url);
        JsonLd ld = JsonLd.of(doc);
        Metadata meta = Metadata.read(doc, url, ld);
        List<String> paragraphs = MainText.paragraphs(doc, ld.articleBody(), meta.published() != null);
        String author = meta.author();
        if (author == null) {
            for (int i = 0; i < Math.min(BYLINE_LOOKAHEAD, paragraphs.size()) && author == null; i++) {
                author = Bylines.fromLine(paragraphs.get(i));
            }
        }
        return new ExtractedPage(meta.title(), String.join("\n\n", paragraphs), meta.published(), author,
                meta.outlet(), meta.url(), meta.language());
    }
}
