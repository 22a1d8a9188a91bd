package io.concord.article;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news report as Concord reads it: cleaned main text plus what is known about where it came from.
 *
 * @param id            short id unique within a run ("a1", "a2", ...)
 * @param title         headline, or null when none was found
 * @param text          main text; paragraphs separated by a blank line
 * @param outlet        the publishing outlet's name or domain, or null
 * @param url           the article's url, or null
 * @param path          the file it was read from (with "#n" for the n-th record of a multi-record file), or null
 * @param author        byline, or null
 * @param published     publication date, or null when unknown
 * @param publishedFrom where {@code published} came from
 */
public record Article(String id, String title, String text, String outlet, String url, String path,
                      String author, LocalDate published, DateSource publishedFrom) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (publishedFrom == null) {
            publishedFrom = published == null ? DateSource.NONE : DateSource.METADATA;
        }
        if (published == null) {
            publishedFrom = DateSource.NONE;
        }
    }

    public Article withText(String newText) {
        return new Article(id, title, newText, outlet, url, path, author, published, publishedFrom);
    }

    public Article withId(String newId) {
        return new Article(newId, title, text, outlet, url, path, author, published, publishedFrom);
    }

    public Article withPublished(LocalDate date, DateSource from) {
        return new Article(id, title, text, outlet, url, path, author, date, from);
    }

    public Article withOutlet(String newOutlet) {
        return new Article(id, title, text, newOutlet, url, path, author, published, publishedFrom);
    }

    public Article withUrl(String newUrl) {
        return new Article(id, title, text, outlet, newUrl, path, author, published, publishedFrom);
    }

    /** Number of whitespace-separated words in the text. */
    public int words() {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
