package io.concord.summary;

import java.util.List;

/** One document as the summarizer sees it: an id (article id) and its sentences in order. */
public record SourceDocument(String id, List<String> sentences) {
    public SourceDocument {
        sentences = List.copyOf(sentences);
    }
}
