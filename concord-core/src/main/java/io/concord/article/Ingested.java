package io.concord.article;

import java.util.List;

/** What reading a set of inputs produced: the usable articles and every input that was not (fully) usable. */
public record Ingested(List<Article> articles, List<Problem> problems) {
    public Ingested {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }
}
