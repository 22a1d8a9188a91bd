package io.concord.summary;

import java.util.List;

/**
 * Multi-document extractive summarization. The same implementation serves the brief, the batch
 * {@code summarize} command and the benchmark.
 */
public interface Summarizer {
    /**
     * @param documents the cluster's documents, in input order
     * @param words     word budget of the summary
     * @param focus     a question or keywords to steer the summary towards, or null
     * @return the selected sentences, each with every document that carries its content
     */
    List<SummarySentence> summarize(List<SourceDocument> documents, int words, String focus);
}
