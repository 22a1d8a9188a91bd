package io.concord.eval.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads PolNeAR's brat standoff annotation: text-bound lines {@code T1<TAB>Source 89 106<TAB>text} (fragments of a
 * discontinuous span separated by {@code ;}) and event lines
 * {@code E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1} (also {@code Attribution-no-source}, and numbered
 * roles such as {@code Content2}). Brat offsets count Unicode code points; they are converted to Java string
 * offsets of {@code text}.
 */
public final class BratAttributions {
    private BratAttributions() {
    }

    /**
     * @param ann  the .ann file's content
     * @param text the annotated text
     * @param file the .ann file's name, for error messages
     * @throws IllegalArgumentException naming the file and line when a line is malformed or a span is outside the text
     */
    public static List<GoldAttribution> parse(String ann, String text, String file) {
        Map<String, List<Span>> spans = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        String[] lines = ann.split("\r?\n");
        int codePoints = text.codePointCount(0, text.length());
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t");
            try {
                if (line.startsWith("T")) {
                    String[] typeAndOffsets = cols[1].split(" ", 2);
                    List<Span> fragments = new ArrayList<>();
                    for (String frag : typeAndOffsets[1].split(";")) {
                        String[] be = frag.trim().split(" ");
                        int b = Integer.parseInt(be[0]);
                        int e = Integer.parseInt(be[1]);
                        if (e > codePoints || b > e) {
                            throw new IllegalArgumentException("span " + b + "-" + e + " outside the text ("
                                    + codePoints + " characters)");
                        }
                        fragments.add(new Span(text.offsetByCodePoints(0, b), text.offsetByCodePoints(0, e)));
                    }
                    spans.put(cols[0], fragments);
                } else if (line.startsWith("E")) {
                    events.add(cols[1].trim().split("\\s+"));
                }
            } catch (RuntimeException ex) {
                throw new IllegalArgumentException(file + ":" + (n + 1) + ": cannot read brat line '" + line
                        + "': " + ex.getMessage(), ex);
            }
        }
        List<GoldAttribution> out = new ArrayList<>();
        for (String[] roles : events) {
            List<Span> content = new ArrayList<>();
            List<Span> source = new ArrayList<>();
            List<Span> cue = new ArrayList<>();
            for (String role : roles) {
                int colon = role.lastIndexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = role.substring(0, colon).replaceAll("\\d+$", "");
                List<Span> s = spans.getOrDefault(role.substring(colon + 1), List.of());
                switch (name) {
                    case "Content" -> content.addAll(s);
                    case "Source" -> source.addAll(s);
                    case "Cue" -> cue.addAll(s);
                    default -> { }
                }
            }
            if (!content.isEmpty()) {
                content.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
                out.add(new GoldAttribution(content, source, cue));
            }
        }
        return out;
    }
}
