package io.concord.entity;

import io.concord.article.Article;
import io.concord.article.DateSource;
import io.concord.nlp.AnalyzedArticle;
import io.concord.nlp.EntityType;
import io.concord.nlp.Mention;
import io.concord.nlp.Sentence;
import io.concord.nlp.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds hand-made {@link AnalyzedArticle}s for unit tests from marked-up sentences: tokens separated by
 * spaces, each {@code word/POS}; a token starting with {@code ~} is written without a space before it;
 * {@code [PERSON}, {@code [ORGANIZATION}, {@code [LOCATION}, {@code [MISC} open a mention and {@code ]} closes it.
 * Example: {@code "Talks/NNS with/IN President/NNP [PERSON Ivan/NNP Petrov/NNP ] ended/VBD ~./."}
 */
final class Marked {
    private Marked() {
    }

    static AnalyzedArticle article(String id, String... sentences) {
        StringBuilder text = new StringBuilder();
        List<Sentence> out = new ArrayList<>();
        for (String marked : sentences) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int sentenceBegin = text.length();
            List<Token> tokens = new ArrayList<>();
            List<Mention> mentions = new ArrayList<>();
            EntityType open = null;
            int openToken = -1;
            for (String part : marked.trim().split("\\s+")) {
                if (part.startsWith("[")) {
                    open = EntityType.valueOf(part.substring(1));
                    openToken = tokens.size();
                    continue;
                }
                if (part.equals("]")) {
                    int b = tokens.get(openToken).begin();
                    int e = tokens.get(tokens.size() - 1).end();
                    mentions.add(new Mention(text.substring(b, e), open, b, e, openToken, tokens.size()));
                    open = null;
                    continue;
                }
                boolean glued = part.startsWith("~");
                String tok = glued ? part.substring(1) : part;
                int slash = tok.lastIndexOf('/');
                if (slash <= 0) {
                    throw new IllegalArgumentException("token without POS: " + part);
                }
                String word = tok.substring(0, slash);
                String pos = tok.substring(slash + 1);
                if (!tokens.isEmpty() && !glued) {
                    text.append(' ');
                }
                int begin = text.length();
                text.append(word);
                tokens.add(new Token(word, word.toLowerCase(), pos, open == null ? "O" : open.name(), begin,
                        text.length()));
            }
            if (open != null) {
                throw new IllegalArgumentException("unclosed mention in: " + marked);
            }
            out.add(new Sentence(out.size(), out.size(), text.substring(sentenceBegin), sentenceBegin,
                    text.length(), tokens, mentions, List.of()));
        }
        Article a = new Article(id, null, text.toString(), null, null, null, null,
                LocalDate.of(2024, 5, 1), DateSource.METADATA);
        return new AnalyzedArticle(a, out);
    }
}
