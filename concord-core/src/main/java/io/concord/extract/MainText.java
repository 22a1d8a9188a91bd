package io.concord.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the main text of a page. Splits the body into blocks; marks furniture (see {@link Boilerplate}),
 * trusting weak class names only on elements holding little of the page's prose; scores the elements that
 * hold prose paragraphs (length, commas, link density; scores flow to ancestors with decay) and takes the
 * best as the container. Kept: the container's blocks that are neither furniture nor link lists, prose
 * paragraphs with few links elsewhere in the page's content area, and short blocks (list items, headings,
 * table cells) lying between two kept blocks; before the container, standfirsts (long headings, lead
 * paragraphs in the article header); a short sentence right after the container. Dropped anywhere (see
 * {@link FurnitureLines}): cookie notices; captions, credits, ad labels and, when the metadata dates the page,
 * date lines, which are also invisible to the neighbour rules. JSON-LD {@code articleBody} replaces the result
 * when it is much longer;
 * when the container yields a small fraction of the page's prose, that prose is taken; when class names
 * leave almost nothing, they are ignored.
 */
final class MainText {
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "li", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "pre", "dd", "dt", "td", "th", "figcaption", "caption", "summary", "address", "legend");

    /** Class names of picture captions and credits. */
    private static final Pattern CAPTION_NAME = Pattern.compile("caption|credit|copyright|legend");
    /** The end of a sentence: closing punctuation, perhaps followed by a closing quote or bracket. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'”“»«)]?$");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private MainText() {
    }

    static List<String> paragraphs(Document doc, String jsonLdBody, boolean dateKnown) {
        Element body = doc.body();
        if (body == null) {
            return List.of();
        }
        Set<Element> keep = protectedWrappers(doc);
        Element title = doc.selectFirst("h1");
        List<TextBlock> raw = BlockSplitter.split(body);
        Map<Element, int[]> prose = proseChars(raw, body);
        List<String> out = paragraphs(furniture(raw, body, keep, prose, true), body, jsonLdBody, title, dateKnown);
        if (chars(out) < 100) {
            List<String> plain = paragraphs(furniture(raw, body, keep, prose, false), body, jsonLdBody, title, dateKnown);
            if (chars(plain) > 2 * chars(out)) {
                return plain;
            }
        }
        return out;
    }

    /** For error analysis: each block with its verdict (K kept in the container, X kept outside it, F dropped in the container, O dropped outside it). */
    static String explain(Document doc) {
        Element body = doc.body();
        List<TextBlock> raw = BlockSplitter.split(body);
        List<TextBlock> blocks = furniture(raw, body, protectedWrappers(doc), proseChars(raw, body), true);
        Element root = bestContainer(blocks, body);
        StringBuilder b = new StringBuilder("root: " + describe(root) + "\n");
        boolean[] keep = root == null ? new boolean[blocks.size()] : classify(blocks, root, body, doc.selectFirst("h1"), true);
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock t = blocks.get(i);
            String mark = keep[i] ? (inside(t.owner(), root) ? "K" : "X") : !inside(t.owner(), root) ? "O" : "F";
            String text = t.text().replace('\n', ' ');
            b.append(mark).append(' ').append(t.furniture() == null ? "" : "[" + describe(t.furniture()) + "] ")
                    .append(describe(t.owner())).append(String.format(" ld=%.2f | ", t.linkDensity()))
                    .append(text).append('\n');
        }
        return b.toString();
    }

    private static String describe(Element e) {
        return e == null ? "-" : e.normalName() + (e.id().isEmpty() ? "" : "#" + e.id())
                + (e.className().isEmpty() ? "" : "." + e.className().replace(' ', '.'));
    }

    /** Characters of prose blocks under each element. */
    private static Map<Element, int[]> proseChars(List<TextBlock> blocks, Element body) {
        Map<Element, int[]> prose = new IdentityHashMap<>();
        for (TextBlock b : blocks) {
            if (b.isProse()) {
                for (Element a = b.owner(); a != null; a = a.parent()) {
                    prose.computeIfAbsent(a, k -> new int[1])[0] += b.length();
                    if (a == body) {
                        break;
                    }
                }
            }
        }
        return prose;
    }

    /**
     * The blocks with their innermost furniture element. Weak names count only on elements holding under
     * 40% of the page's prose, strong names under 50% (a wrapper named "content-sidebar-wrap" is no sidebar).
     */
    private static List<TextBlock> furniture(List<TextBlock> blocks, Element body, Set<Element> keep,
                                             Map<Element, int[]> prose, boolean names) {
        int[] t = prose.get(body);
        double total = t == null ? 0 : t[0];
        Map<String, Boilerplate.Verdict> cache = new HashMap<>();
        Map<Element, Element> memo = new IdentityHashMap<>();
        Element none = body;
        List<TextBlock> out = new ArrayList<>(blocks.size());
        List<Element> chain = new ArrayList<>();
        for (TextBlock b : blocks) {
            chain.clear();
            Element found = null;
            for (Element a = b.owner(); a != null && a != body; a = a.parent()) {
                Element known = memo.get(a);
                if (known != null) {
                    found = known;
                    break;
                }
                chain.add(a);
            }
            // chain is innermost first; resolve from the outside in
            Element outer = found == null ? none : found;
            for (int i = chain.size() - 1; i >= 0; i--) {
                Element a = chain.get(i);
                if (isFurniture(a, keep, prose, total, names, cache)) {
                    outer = a;
                }
                memo.put(a, outer);
            }
            Element f = chain.isEmpty() ? outer : memo.get(chain.get(0));
            out.add(b.withFurniture(f == none ? null : f));
        }
        return out;
    }

    private static boolean isFurniture(Element e, Set<Element> keep, Map<Element, int[]> prose, double total,
                                       boolean names, Map<String, Boilerplate.Verdict> cache) {
        if (keep.contains(e)) {
            return false;
        }
        if (Boilerplate.byMarkup(e)) {
            return true;
        }
        if (!names) {
            return false;
        }
        Boilerplate.Verdict v = Boilerplate.byName(e, cache);
        if (v == Boilerplate.Verdict.NONE) {
            return false;
        }
        int[] p = prose.get(e);
        double share = total == 0 || p == null ? 0 : p[0] / total;
        return v == Boilerplate.Verdict.STRONG ? share < 0.5 : share < 0.4;
    }

    private static int chars(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            n += p.length();
        }
        return n;
    }

    /**
     * Fallback: when the container gives less than this many characters and all prose paragraphs of the page
     * that are not furniture hold over {@link #LOOSE_RATIO} times as much, those paragraphs are the text (the
     * container was a fragment: an article split into many small boxes).
     */
    private static final int LOOSE_BELOW = 1000;
    private static final int LOOSE_RATIO = 3;

    private static List<String> paragraphs(List<TextBlock> blocks, Element body, String jsonLdBody, Element title,
                                           boolean dateKnown) {
        Element root = bestContainer(blocks, body);
        List<String> out = new ArrayList<>();
        int chars = 0;
        if (root != null) {
            boolean[] keep = classify(blocks, root, body, title, dateKnown);
            for (int i = 0; i < blocks.size(); i++) {
                if (keep[i]) {
                    out.add(blocks.get(i).text());
                    chars += blocks.get(i).length();
                }
            }
        }
        if (jsonLdBody != null && jsonLdBody.length() > 2 * Math.max(chars, 100)) {
            return splitBody(jsonLdBody);
        }
        if (chars < LOOSE_BELOW) {
            List<String> loose = new ArrayList<>();
            int looseChars = 0;
            for (TextBlock b : blocks) {
                if (b.furniture() == null && b.isProse()) {
                    loose.add(b.text());
                    looseChars += b.length();
                }
            }
            if (looseChars > LOOSE_RATIO * chars) {
                return loose;
            }
        }
        return out;
    }

    /**
     * Elements that wrap the article itself (its h1, main, articleBody): never furniture, whatever their names.
     * An h1 in an aside, nav or footer titles a widget and protects nothing.
     */
    private static Set<Element> protectedWrappers(Document doc) {
        Set<Element> keep = BlockSplitter.identitySet();
        for (Element e : doc.select("h1, main, [itemprop=articleBody], [role=main]")) {
            if (e.normalName().equals("h1") && e.closest("aside, nav, footer") != null) {
                continue; // a sidebar widget's title
            }
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
            if (b.furniture() != null || !b.isProse() || HEADINGS.contains(b.tag())) {
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

    /** How far above the container main text is looked for (levels; most pages nest far less). */
    private static final int EXTEND = 20;
    /** Outside the container: a paragraph needs this many characters and at most this link density. */
    private static final int OUT_MIN = 60;
    private static final double OUT_LD = 0.2;
    /** After the container, where related stories and footers gather, a paragraph must be longer. */
    private static final int AFTER_MIN = 200;
    /** A heading this long before the container is a standfirst, not a title. */
    private static final int LEAD_MIN = 80;

    /**
     * Which blocks are main text: those the container keeps; outside it but within a few levels above it,
     * prose paragraphs with few links; short blocks there only between two kept neighbours.
     */
    private static boolean[] classify(List<TextBlock> blocks, Element root, Element body, Element title,
                                      boolean dateKnown) {
        Element area = root;
        for (int i = 0; i < EXTEND && area != body && area.parent() != null; i++) {
            area = area.parent();
        }
        int n = blocks.size();
        int lastInRoot = -1;
        int firstInRoot = n;
        for (int i = 0; i < n; i++) {
            if (inside(blocks.get(i).owner(), root)) {
                lastInRoot = i;
                firstInRoot = Math.min(firstInRoot, i);
            }
        }
        byte[] c = new byte[n]; // 1 good, 0 bad, 2 undecided, 3 bad but invisible to its neighbours (a caption)
        for (int i = 0; i < n; i++) {
            TextBlock b = blocks.get(i);
            if (FurnitureLines.isCookieNotice(b.text())) {
                c[i] = 0;
            } else if (isCaption(b) || FurnitureLines.isAdLabel(b.text())
                    || dateKnown && FurnitureLines.isDateLine(b.text())) { // else the text is where the date is found
                c[i] = 3;
            } else if (inside(b.owner(), root)) {
                c[i] = (byte) (keepInContainer(b, root, title) ? 1 : 0);
            } else if (i < firstInRoot && isLead(b, area, title)) {
                c[i] = 1;
            } else if (b.furniture() != null || !inside(b.owner(), area) || b.owner() == title) {
                c[i] = 0;
            } else if (b.length() >= (i > lastInRoot ? AFTER_MIN : OUT_MIN) && b.linkDensity() < OUT_LD
                    && (!HEADINGS.contains(b.tag()) || b.length() >= LEAD_MIN)) {
                c[i] = 1;
            } else {
                c[i] = (byte) (b.linkDensity() > 0.5 ? 0 : 2);
            }
        }
        for (int i = lastInRoot + 1; i < n && i > 0 && c[i - 1] == 1; i++) {
            if (c[i] != 1 && continuesTheText(blocks.get(i), area)) {
                c[i] = 1;
            }
        }
        for (int i = 0; i + 1 < n; i++) {
            int next = i + 1;
            while (next + 1 < n && c[next] == 3) {
                next++;
            }
            if (c[i] == 1 && c[next] == 0 && introducesSomething(blocks.get(i), blocks.get(next), root)) {
                c[i] = 0;
            }
        }
        boolean[] keep = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (c[i] == 2) {
                int p = i - 1;
                while (p >= 0 && (c[p] == 2 || c[p] == 3)) {
                    p--;
                }
                int q = i + 1;
                while (q < n && (c[q] == 2 || c[q] == 3)) {
                    q++;
                }
                keep[i] = p >= 0 && q < n && c[p] == 1 && c[q] == 1;
            } else {
                keep[i] = c[i] == 1;
            }
        }
        return keep;
    }

    /**
     * Before the container: a standfirst, i.e. a long sentence-like block with few links in a heading (a
     * subtitle set as h2) or in the article's header (furniture by name or tag only because it is a header).
     */
    private static boolean isLead(TextBlock b, Element area, Element title) {
        if (b.length() < LEAD_MIN || b.linkDensity() >= OUT_LD || !inside(b.owner(), area) || b.owner() == title) {
            return false;
        }
        Element f = b.furniture();
        return f == null ? HEADINGS.contains(b.tag()) : isHeader(f);
    }

    private static boolean isHeader(Element e) {
        if (e.normalName().equals("header")) {
            return true;
        }
        String names = e.className() + " " + e.id();
        return names.toLowerCase(Locale.ROOT).contains("header") && Boilerplate.byName(names) == Boilerplate.Verdict.WEAK;
    }

    /**
     * A heading, or a short line ending in a colon or without a sentence's closing punctuation: the lead-in of
     * whatever follows it. Without punctuation, only of a block in the same box (below its grandparent, and in
     * the container when the line is): a last line before the page's footer is no lead-in.
     */
    private static boolean introducesSomething(TextBlock b, TextBlock next, Element root) {
        String t = b.text();
        if (t.length() >= 80) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if (HEADINGS.contains(b.tag()) || last == ':') {
            return true;
        }
        Element near = b.owner().parent() == null ? null : b.owner().parent().parent();
        return Character.isLetterOrDigit(last) && near != null && inside(next.owner(), near)
                && (!inside(b.owner(), root) || inside(next.owner(), root));
    }

    /**
     * Picture captions and credits: figure captions (by tag or class name), and short lines naming a picture's or a
     * text's source ("Foto: ...", "© ...", "Credit: ...", "Quelle: ...", agency and stock-photo names).
     */
    private static boolean isCaption(TextBlock b) {
        Element f = b.furniture();
        if (f != null && (f.normalName().equals("figcaption") || f.normalName().equals("figure")
                || CAPTION_NAME.matcher(f.className().toLowerCase(Locale.ROOT)).find())) {
            return true;
        }
        return FurnitureLines.isCredit(b.text());
    }

    /**
     * Right after the container's last block (or a paragraph kept after it), a shorter paragraph continues the
     * text when it is a sentence with few links and not furniture.
     */
    private static boolean continuesTheText(TextBlock b, Element area) {
        return b.furniture() == null && inside(b.owner(), area) && b.length() >= OUT_MIN && b.linkDensity() < OUT_LD
                && !HEADINGS.contains(b.tag()) && SENTENCE_END.matcher(b.text()).find();
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
