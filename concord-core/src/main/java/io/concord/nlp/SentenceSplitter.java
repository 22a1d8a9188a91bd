package io.concord.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Fast sentence splitting with CoreNLP's tokenizer and splitter only (no tagging), for work that needs
 * sentences but not entities or dates, such as batch summarization. Blank lines always end a sentence.
 * Not thread-safe: use one per thread.
 */
public final class SentenceSplitter {
    private final StanfordCoreNLP pipeline;

    public SentenceSplitter() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("tokenize.options", "untokenizable=noneDelete");
        this.pipeline = new StanfordCoreNLP(p);
    }

    /** The sentences of {@code text}, as substrings of it (original spacing inside a sentence kept). */
    public List<String> split(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<String> out = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            int b = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int e = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            String sentence = text.substring(b, e).strip();
            if (!sentence.isEmpty()) {
                out.add(sentence);
            }
        }
        return out;
    }
}
