package io.concord.eval.summarize;

import java.util.List;

/**
 * One summarization input: an id, its documents (article texts, in order) and zero or more reference
 * summaries.
 */
public record Cluster(String id, List<String> documents, List<String> references) {
    public Cluster {
        documents = List.copyOf(documents);
        references = List.copyOf(references);
    }
}
