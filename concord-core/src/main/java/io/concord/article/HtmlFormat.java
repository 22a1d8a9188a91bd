package io.concord.article;

import io.concord.extract.ExtractedPage;
import io.concord.extract.HtmlExtractor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** HTML pages: decoded, then main text and metadata from {@link HtmlExtractor}; a date in the text as fallback. */
final class HtmlFormat {
    private final HtmlExtractor extractor;
    private final TextDateFinder dates;

    HtmlFormat(HtmlExtractor extractor, TextDateFinder dates) {
        this.extractor = extractor;
        this.dates = dates;
    }

    Ingested read(byte[] bytes, String path, String url) {
        if (TextDecoder.isBinary(bytes)) {
            return problem(path, "binary content, not an HTML page");
        }
        String html = TextDecoder.decodeHtml(bytes);
        if (html.isBlank()) {
            return problem(path, "empty file (no HTML)");
        }
        ExtractedPage page;
        try {
            page = extractor.extract(html, url);
        } catch (RuntimeException e) {
            return problem(path, "HTML extraction failed: " + e);
        }
        String text = page.text() == null ? "" : TextLines.paragraphText(page.text());
        if (text.isBlank()) {
            return problem(path, "no main text found in the page");
        }
        List<String> paragraphs = List.of(text.split("\n\n"));
        LocalDate published = page.published();
        DateSource from = DateSource.METADATA;
        if (published == null) {
            Optional<LocalDate> found = dates.find(text);
            published = found.orElse(null);
            from = found.isPresent() ? DateSource.TEXT : DateSource.NONE;
        }
        String outlet = TextLines.clean(page.outlet());
        if (outlet == null) {
            outlet = TxtFormat.outlet(paragraphs);
        }
        Article a = new Article("?", TextLines.clean(page.title()), text, outlet,
                TextLines.clean(page.url() != null ? page.url() : url), path, TextLines.clean(page.author()),
                published, from);
        return new Ingested(List.of(a), List.of());
    }

    private static Ingested problem(String path, String reason) {
        return new Ingested(List.of(), List.of(new Problem(path, reason)));
    }
}
