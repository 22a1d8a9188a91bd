package io.concord.extract;

import java.time.LocalDate;

/**
 * What the extractor found in one HTML page. Any field but {@code text} may be null.
 *
 * @param text      main text, paragraphs separated by blank lines (empty when the page has none)
 * @param published publication date from the page's metadata, {@code <time>}, url or text
 * @param url       canonical url, else the url the page was fetched from
 * @param language  ISO 639-1 code when declared or detected
 */
public record ExtractedPage(String title, String text, LocalDate published, String author, String outlet,
                            String url, String language) {
}
