package io.concord.render;

import io.concord.brief.Brief;

/** Turns a brief into a document of one format. */
public interface BriefRenderer {
    String render(Brief brief);

    /** The renderer for a format name: "md" (or "markdown"), "json" or "html". */
    static BriefRenderer forFormat(String format) {
        return switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "md", "markdown" -> new MarkdownRenderer();
            case "json" -> new JsonRenderer();
            case "html" -> new HtmlRenderer();
            default -> throw new IllegalArgumentException("unknown format '" + format + "' (use md, json or html)");
        };
    }
}
