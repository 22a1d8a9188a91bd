package io.concord.nlp;

import java.util.List;

/**
 * One sentence of an analysed article. Offsets are character offsets into the article text.
 *
 * @param index     position of the sentence in its article (0-based)
 * @param paragraph index of the paragraph it belongs to (0-based)
 */
public record Sentence(int index, int paragraph, String text, int begin, int end,
                       List<Token> tokens, List<Mention> mentions, List<TimeExpression> times) {
    public Sentence {
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
        times = List.copyOf(times);
    }
}
