package io.concord.summary;

import java.util.List;

/**
 * One sentence of a summary, as written in its article.
 *
 * @param article the article it was taken from
 * @param sources every article that reports its content (includes {@code article})
 */
public record SummarySentence(String text, String article, List<String> sources) {
    public SummarySentence {
        sources = List.copyOf(sources);
    }
}
