package io.concord.extract;

import java.util.Locale;

/**
 * Before parsing: drops the bodies of {@code <script>} and {@code <style>} elements (JSON-LD scripts are kept)
 * and HTML comments, in one linear pass. Scripts are often most of a page's bytes, and the parser would
 * only throw them away; the html tokenizer ends such raw text at the first matching end tag, as here.
 */
final class ScriptStripper {
    private ScriptStripper() {
    }

    static String strip(String html) {
        StringBuilder out = null;
        int last = 0;
        int i = 0;
        int n = html.length();
        while (true) {
            i = html.indexOf('<', i);
            if (i < 0 || i + 4 > n) {
                break;
            }
            char c = html.charAt(i + 1);
            if (c == '!' && html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                if (end < 0) {
                    break;
                }
                out = append(out, html, last, i);
                last = end + 3;
                i = last;
                continue;
            }
            String tag = rawTextTag(html, i);
            if (tag == null) {
                i++;
                continue;
            }
            int open = html.indexOf('>', i);
            if (open < 0) {
                break;
            }
            if (tag.equals("script") && html.substring(i, open).toLowerCase(Locale.ROOT).contains("ld+json")) {
                i = open + 1;
                continue;
            }
            int close = indexOfEndTag(html, tag, open + 1);
            if (close < 0) {
                break;
            }
            out = append(out, html, last, open + 1);
            last = close;
            i = close + 2;
        }
        if (out == null) {
            return html;
        }
        out.append(html, last, n);
        return out.toString();
    }

    private static StringBuilder append(StringBuilder out, String html, int from, int to) {
        StringBuilder b = out == null ? new StringBuilder(html.length()) : out;
        b.append(html, from, to);
        return b;
    }

    private static String rawTextTag(String html, int lt) {
        for (String tag : new String[]{"script", "style"}) {
            int end = lt + 1 + tag.length();
            if (end < html.length() && html.regionMatches(true, lt + 1, tag, 0, tag.length())) {
                char next = html.charAt(end);
                if (next == '>' || next == '/' || Character.isWhitespace(next)) {
                    return tag;
                }
            }
        }
        return null;
    }

    private static int indexOfEndTag(String html, String tag, int from) {
        int i = from;
        while ((i = html.indexOf("</", i)) >= 0) {
            if (html.regionMatches(true, i + 2, tag, 0, tag.length())) {
                return i;
            }
            i += 2;
        }
        return -1;
    }
}
