package io.concord.timex;

import io.concord.article.Article;
import io.concord.article.DateSource;
import io.concord.nlp.AnalyzedArticle;
import io.concord.nlp.Analyzer;
import io.concord.nlp.Sentence;
import io.concord.nlp.TimeExpression;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Annotates a TimeML document's text with Concord's own time expressions: the analyser the brief uses
 * (SUTime resolved against the document creation time, plus the news corrections when the analyser applies
 * them), then TimeML's value conventions ({@link TimeMlConventions}). Existing annotations are replaced.
 */
public final class TimexTagger {
    private final Analyzer analyzer;

    /** @param analyzer the analyser, normally the brief's {@code CoreNlpAnalyzer} */
    public TimexTagger(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The document with its TIMEX3 annotations replaced by Concord's. */
    public TimeMlDocument tag(TimeMlDocument doc) {
        LocalDate dct = doc.creationDate();
        return toTimeMl(doc, expressions(doc), t -> TimeMlConventions.apply(t, dct));
    }

    /** The analyser's time expressions for the document's text, with the creation date as publication date. */
    public List<TimeExpression> expressions(TimeMlDocument doc) {
        LocalDate dct = doc.creationDate();
        Article article = new Article(doc.id(), null, doc.text(), null, null, null, null, dct,
                dct == null ? DateSource.NONE : DateSource.METADATA);
        AnalyzedArticle analyzed = analyzer.analyze(article);
        List<TimeExpression> out = new ArrayList<>();
        for (Sentence s : analyzed.sentences()) {
            out.addAll(s.times());
        }
        return out;
    }

    /**
     * The document annotated with the given expressions, each passed through {@code adjust} first (for
     * instance {@link TimeMlConventions}); expressions it maps to null are left out.
     */
    public static TimeMlDocument toTimeMl(TimeMlDocument doc, List<TimeExpression> expressions,
                                          UnaryOperator<TimeExpression> adjust) {
        List<Timex> timexes = new ArrayList<>(expressions.size());
        for (TimeExpression e : expressions) {
            TimeExpression t = adjust.apply(e);
            if (t == null) {
                continue;
            }
            timexes.add(new Timex("t" + (timexes.size() + 1), t.type(), t.value(), t.begin(), t.end(),
                    doc.text().substring(t.begin(), t.end())));
        }
        return doc.withTimexes(timexes);
    }
}
