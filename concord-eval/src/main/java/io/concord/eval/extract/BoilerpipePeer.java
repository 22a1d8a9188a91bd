package io.concord.eval.extract;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;

/**
 * The peer: boilerpipe's ArticleExtractor (Kohlschuetter et al. 2010; {@code com.syncthemall:boilerpipe:1.2.2},
 * Apache-2.0), the configuration trafilatura's evaluation runs (through boilerpy3).
 */
public final class BoilerpipePeer {
    private BoilerpipePeer() {
    }

    public static NamedExtractor extractor() {
        return new NamedExtractor("boilerpipe 1.2.2 (Article)", c -> {
            try {
                return ArticleExtractor.INSTANCE.getText(c.html());
            } catch (BoilerpipeProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
