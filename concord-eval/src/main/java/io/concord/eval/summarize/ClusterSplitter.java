package io.concord.eval.summarize;

import io.concord.nlp.SentenceSplitter;
import io.concord.summary.SourceDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a cluster's document texts into {@link SourceDocument}s ({@code d1}, {@code d2}, ...) split into
 * sentences with CoreNLP's tokenizer and splitter. One CoreNLP pipeline per thread, created on first use.
 */
public final class ClusterSplitter {
    private static final ThreadLocal<SentenceSplitter> SPLITTER = ThreadLocal.withInitial(SentenceSplitter::new);

    private ClusterSplitter() {
    }

    /** The documents of {@code texts} as sentence lists; null or blank texts become empty documents. */
    public static List<SourceDocument> split(List<String> texts) {
        SentenceSplitter splitter = SPLITTER.get();
        List<SourceDocument> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            List<String> sentences = t == null || t.isBlank() ? List.of() : splitter.split(t);
            out.add(new SourceDocument("d" + (i + 1), sentences));
        }
        return out;
    }
}
