package io.concord.eval.extract;

import java.util.List;

/** One evaluation page: its html and the snippets that must ({@code with}) or must not ({@code without}) be extracted. */
public record ExtractionCase(String url, String file, String html, List<String> with, List<String> without) {
    public ExtractionCase {
        with = List.copyOf(with);
        without = List.copyOf(without);
    }
}
