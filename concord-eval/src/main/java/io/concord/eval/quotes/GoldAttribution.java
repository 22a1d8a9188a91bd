package io.concord.eval.quotes;

import java.util.List;

/** One annotated attribution: its content, source and cue spans (each possibly discontinuous or absent). */
public record GoldAttribution(List<Span> content, List<Span> source, List<Span> cue) {
    public GoldAttribution {
        content = List.copyOf(content);
        source = List.copyOf(source);
        cue = List.copyOf(cue);
    }
}
