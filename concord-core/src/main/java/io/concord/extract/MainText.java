package io.concord.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the main text of a page: splits the body into blocks, scores the elements that hold well-formed
 * paragraphs (text length, commas, link density; scores flow to ancestors with decay), takes the best
 * container and keeps its blocks that are neither furniture nor link lists. JSON-LD {@code articleBody} is
 * used when the page's markup yields much less than it.
 */
final class MainText {
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "li", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "pre", "dd", "dt", "td", "th", "figcaption", "caption", "summary", "address", "legend");
    private static final int GOOD_MIN_CHARS = 25;

    private MainText() {
    }

    static List<String> paragraphs(Document doc, String jsonLdBody) {
        Element body = doc.body();
        if (body == null) {
            return List.of();
        }
        Set<Element> keep = protectedWrappers(doc);
        Element title = doc.selectFirst("h1");
        List<String> out = paragraphs(BlockSplitter.split(body, keep, true), body, jsonLdBody, title);
        if (chars(out) < 100) {
            List<String> plain = paragraphs(BlockSplitter.split(body, keep, false), body, jsonLdBody, title);
            if (chars(plain) > 2 * chars(out)) {
                return plain;
            }
        }
        return out;
    }

    private static int chars(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            n += p.length();
        }
        return n;
    }

    private static List<String> paragraphs(List<TextBlock> blocks, Element body, String jsonLdBody, Element title) {
        Element root = bestContainer(blocks, body);
        List<String> out = new ArrayList<>();
        int chars = 0;
        if (root != null) {
            for (TextBlock b : blocks) {
                if (inside(b.owner(), root) && keepInContainer(b, root, title)) {
                    out.add(b.text());
                    chars += b.length();
                }
            }
        }
        if (jsonLdBody != null && jsonLdBody.length() > 2 * Math.max(chars, 100)) {
            return splitBody(jsonLdBody);
        }
        if (chars < 200) {
            List<String> loose = new ArrayList<>();
            int looseChars = 0;
            for (TextBlock b : blocks) {
                if (b.furniture() == null && b.length() >= GOOD_MIN_CHARS && b.linkDensity() < 0.3) {
                    loose.add(b.text());
                    looseChars += b.length();
                }
            }
            if (looseChars > 2 * chars) {
                return loose;
            }
        }
        return out;
    }

    /** Elements that wrap the article itself (its h1, main, articleBody): never furniture, whatever their names. */
    private static Set<Element> protectedWrappers(Document doc) {
        Set<Element> keep = BlockSplitter.identitySet();
        for (Element e : doc.select("h1, main, [itemprop=articleBody], [role=main]")) {
            for (Element a = e; a != null && keep.add(a); a = a.parent()) {
                // adds e and all its ancestors
            }
        }
        return keep;
    }

    private static Element bestContainer(List<TextBlock> blocks, Element body) {
        Map<Element, double[]> stats = new IdentityHashMap<>();
        // stats[0] = readability-style score, [1] = text chars, [2] = link chars
        for (TextBlock b : blocks) {
            for (Element a = b.owner(); a != null; a = a.parent()) {
                double[] s = stats.computeIfAbsent(a, k -> new double[3]);
                s[1] += b.length();
                s[2] += b.linkChars();
                if (a == body) {
                    break;
                }
            }
            if (b.furniture() != null || b.length() < GOOD_MIN_CHARS || b.linkDensity() > 0.33) {
                continue;
            }
            double score = 1 + commas(b.text()) + Math.min(b.length() / 100.0, 3);
            Element start = PARAGRAPH_TAGS.contains(b.tag()) ? b.owner().parent() : b.owner();
            int level = 0;
            for (Element a = start; a != null && level < 5; a = a.parent(), level++) {
                double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
                stats.computeIfAbsent(a, k -> new double[3])[0] += score * share;
                if (a == body) {
                    break;
                }
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, double[]> e : stats.entrySet()) {
            double[] s = e.getValue();
            double linkDensity = s[1] == 0 ? 0 : s[2] / s[1];
            double score = s[0] * (1 - linkDensity);
            if (score > bestScore) {
                bestScore = score;
                best = e.getKey();
            }
        }
        return best;
    }

    private static boolean keepInContainer(TextBlock b, Element root, Element title) {
        if (b.furniture() != null && inside(b.furniture(), root) && b.furniture() != root) {
            return false;
        }
        double ld = b.linkDensity();
        if (ld > 0.5 && !(b.length() > 200 && ld < 0.7)) {
            return false;
        }
        return b.owner() != title;
    }

    static boolean inside(Element e, Element root) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a == root) {
                return true;
            }
        }
        return false;
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '，' || c == '、') {
                n++;
            }
        }
        return n;
    }

    private static List<String> splitBody(String body) {
        List<String> out = new ArrayList<>();
        for (String p : body.split("\\s*\\n\\s*")) {
            String t = p.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
