package io.concord.nlp;

import io.concord.article.Article;

/**
 * Linguistic analysis of one article. Implementations hold heavy resources (models): create one,
 * reuse it for many articles, and do not share one instance between threads unless it says it is safe.
 */
public interface Analyzer {
    AnalyzedArticle analyze(Article article);
}
