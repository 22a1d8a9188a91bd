package io.concord.nlp;

import io.concord.article.Article;

import java.util.List;

/** An article with its sentences, tokens, entity mentions and resolved time expressions. */
public record AnalyzedArticle(Article article, List<Sentence> sentences) {
    public AnalyzedArticle {
        sentences = List.copyOf(sentences);
    }
}
