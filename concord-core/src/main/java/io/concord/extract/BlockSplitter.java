package io.concord.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cuts a page body into text blocks at block-level tags and double line breaks, in document order, skipping
 * what never holds readable text (scripts, styles, forms' controls, media). Iterative: deep or malformed
 * nesting cannot overflow the stack.
 */
final class BlockSplitter {
    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "nav", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr",
            "td", "th", "tbody", "thead", "tfoot", "caption", "blockquote", "pre", "figure", "figcaption", "form",
            "fieldset", "address", "center", "hr", "details", "summary", "body", "menu", "dialog", "legend",
            "option", "noscript");
    static final Set<String> SKIP_TAGS = Set.of("script", "style", "noscript", "template", "svg", "math", "iframe",
            "object", "embed", "canvas", "video", "audio", "map", "input", "select", "textarea", "button", "head",
            "picture", "img", "link", "meta", "param", "source", "track", "area");

    private BlockSplitter() {
    }

    /** The blocks of {@code root}, furniture not yet known. */
    static List<TextBlock> split(Element root) {
        List<TextBlock> blocks = new ArrayList<>();
        Deque<Element> owners = new ArrayDeque<>();
        int[] linkDepth = {0};
        StringBuilder text = new StringBuilder();
        int[] linkChars = {0};
        Map<String, Boilerplate.Verdict> names = new HashMap<>();
        boolean[] pendingSpace = {false};
        Runnable flush = () -> {
            int end = text.length();
            while (end > 0 && text.charAt(end - 1) <= ' ') {
                end--;
            }
            if (end > 0) {
                String t = text.substring(0, end);
                blocks.add(new TextBlock(t, owners.peek(), null, Math.min(linkChars[0], t.length())));
            }
            text.setLength(0);
            linkChars[0] = 0;
            pendingSpace[0] = false;
        };
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    append(t.getWholeText(), text, pendingSpace, linkDepth[0] > 0 ? linkChars : null);
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                String tag = e.normalName();
                if (SKIP_TAGS.contains(tag)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("br")) {
                    if (text.length() > 0 && text.charAt(text.length() - 1) == '\n') {
                        flush.run();
                    } else if (text.length() > 0) {
                        text.append('\n');
                        pendingSpace[0] = false;
                    }
                    return FilterResult.CONTINUE;
                }
                if (BLOCK_TAGS.contains(tag)) {
                    flush.run();
                    owners.push(e);
                } else if (isFurnitureInline(e, tag, names)) {
                    return FilterResult.SKIP_ENTIRELY;
                } else if (tag.equals("a")) {
                    linkDepth[0]++;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (BLOCK_TAGS.contains(tag)) {
                        flush.run();
                        owners.pop();
                    } else if (tag.equals("a")) {
                        linkDepth[0]--;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        if (owners.isEmpty()) {
            owners.push(root);
        }
        flush.run();
        return blocks;
    }

    /**
     * An inline element (not a link) whose class or id strongly names furniture: a credit, a rating, an ad label
     * or a share count set inside a paragraph ({@code <em class="copyright">}, {@code <span class="post-ratings">}).
     */
    private static boolean isFurnitureInline(Element e, String tag, Map<String, Boilerplate.Verdict> names) {
        return e.attributesSize() > 0 && !tag.equals("a") && Boilerplate.byName(e, names) == Boilerplate.Verdict.STRONG
                && !e.className().contains("dateline"); // "BERLIN – " opening a news paragraph
    }

    /** Appends text with whitespace runs collapsed; counts the characters as link text when {@code link} is given. */
    private static void append(String s, StringBuilder text, boolean[] pendingSpace, int[] link) {
        int before = text.length();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c == '\u00a0' || c == '\u2007' || c == '\u202f' || Character.isWhitespace(c)) {
                if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                    pendingSpace[0] = true;
                }
            } else {
                if (pendingSpace[0]) {
                    text.append(' ');
                    pendingSpace[0] = false;
                }
                text.append(c);
            }
        }
        if (link != null) {
            link[0] += text.length() - before;
        }
    }

    static Set<Element> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
