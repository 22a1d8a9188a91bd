package io.concord.clean;

import io.concord.article.Article;

import java.util.List;

/**
 * An article after cleaning, and what was taken out of it.
 *
 * @param article the cleaned article (same id; title may be replaced when the old one was a section label)
 * @param removed each removed line, prefixed with why ("caption: ...", "related links: ...")
 */
public record Cleaned(Article article, List<String> removed) {
    public Cleaned {
        removed = List.copyOf(removed);
    }
}
