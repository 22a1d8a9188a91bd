package io.concord.timex;

import java.util.Comparator;
import java.util.List;

/**
 * Writes a {@link TimeMlDocument} as a TimeML document: DOCID, the creation time as the DCT's TIMEX3
 * (tid "t0", functionInDocument="CREATION_TIME") and the text with its TIMEX3 annotations inline.
 * Text and attribute values are XML-escaped. Annotations that overlap an earlier one are left out, since
 * TIMEX3 elements cannot cross.
 */
public final class TimeMlWriter {

    public String write(TimeMlDocument doc) {
        StringBuilder out = new StringBuilder(doc.text().length() * 2);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<TimeML xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
                .append(" xsi:noNamespaceSchemaLocation=\"http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd\">\n\n");
        out.append("<DOCID>").append(escape(doc.id())).append("</DOCID>\n\n");
        if (doc.creationTime() != null) {
            String type = doc.creationTime().contains("T") ? "TIME" : "DATE";
            out.append("<DCT><TIMEX3 tid=\"t0\" type=\"").append(type).append("\" value=\"")
                    .append(escape(doc.creationTime()))
                    .append("\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">")
                    .append(escape(doc.creationTime())).append("</TIMEX3></DCT>\n\n");
        }
        out.append("<TEXT>");
        String text = doc.text();
        List<Timex> sorted = doc.timexes().stream().sorted(Comparator.comparingInt(Timex::begin)).toList();
        int pos = 0;
        for (Timex t : sorted) {
            if (t.begin() < pos) {
                continue;
            }
            out.append(escape(text.substring(pos, t.begin())));
            out.append("<TIMEX3");
            attribute(out, "tid", t.tid());
            attribute(out, "type", t.type());
            attribute(out, "value", t.value());
            out.append('>').append(escape(text.substring(t.begin(), t.end()))).append("</TIMEX3>");
            pos = t.end();
        }
        out.append(escape(text.substring(pos)));
        out.append("</TEXT>\n\n</TimeML>\n");
        return out.toString();
    }

    private static void attribute(StringBuilder out, String name, String value) {
        if (value != null) {
            out.append(' ').append(name).append("=\"").append(escape(value)).append('"');
        }
    }

    /** Escapes the XML special characters and drops characters XML 1.0 does not allow. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                case '\r' -> b.append("&#13;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
