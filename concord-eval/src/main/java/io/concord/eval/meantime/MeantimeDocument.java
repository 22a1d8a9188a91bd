package io.concord.eval.meantime;

import io.concord.article.Article;

import java.util.List;

/** One MEANTIME article: the text rebuilt from its tokens (one paragraph per sentence) and its gold mentions. */
public record MeantimeDocument(Article article, List<GoldMention> mentions) {
    public MeantimeDocument {
        mentions = List.copyOf(mentions);
    }
}
