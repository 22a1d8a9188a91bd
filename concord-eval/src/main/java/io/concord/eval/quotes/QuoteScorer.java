package io.concord.eval.quotes;

import io.concord.nlp.Token;
import io.concord.quote.Quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores predicted direct quotations of one article against gold attributions.
 *
 * <ul>
 * <li>A gold attribution is a <em>direct quotation</em> when its content contains a double quotation mark
 * ({@code " “ ” „ « »}) or one of its fragments sits right between such marks in the text.</li>
 * <li><b>Overlap</b>: a predicted quote matches a gold direct quotation when their character spans share at
 * least one character (a prediction may match several golds and the reverse).</li>
 * <li><b>Exact</b>: spans are compared after trimming, at both ends, whitespace, quotation marks (double and
 * single) and the punctuation {@code . , ; : ! ? … - – —}. A prediction is exact when its trimmed span equals
 * the trimmed span of a gold content fragment or of the whole gold content (first to last fragment); a gold
 * quotation is found exactly when its whole content equals a prediction, or every fragment does.</li>
 * <li><b>Speaker</b>: for each overlap-matched prediction, the gold with the largest overlap is taken; it is
 * judged when its source span holds a name (a token tagged PERSON or a proper noun, NNP/NNPS), and correct when
 * the prediction's speakerName contains that source's last such token (case-insensitive, possessive dropped).</li>
 * </ul>
 */
public final class QuoteScorer {
    private static final String DOUBLE_MARKS = "\"“”„«»";
    private static final String TRIM = "\"“”„«»'‘’`.,;:!?…-–— \t\r\n\u00a0";

    private QuoteScorer() {
    }

    /**
     * @param text      the article text (offsets of gold, quotes and tokens refer to it)
     * @param gold      all gold attributions of the article (direct ones are selected here)
     * @param predicted the predicted quotes of the article
     * @param tokens    the article's tokens with POS and NER, used to judge whether a gold source is a name
     */
    public static QuoteCounts score(String text, List<GoldAttribution> gold, List<Quote> predicted, List<Token> tokens) {
        List<GoldAttribution> direct = gold.stream().filter(g -> isDirect(text, g)).toList();
        int predOverlap = 0;
        int predExact = 0;
        int judged = 0;
        int correct = 0;
        int missing = 0;
        for (Quote q : predicted) {
            GoldAttribution best = null;
            int bestOverlap = 0;
            boolean exact = false;
            Span qs = trim(text, q.begin(), q.end());
            for (GoldAttribution g : direct) {
                int o = 0;
                for (Span c : g.content()) {
                    o += c.overlap(q.begin(), q.end());
                    exact |= qs.equals(trim(text, c.begin(), c.end()));
                }
                exact |= qs.equals(hull(text, g));
                if (o > bestOverlap) {
                    bestOverlap = o;
                    best = g;
                }
            }
            if (exact) {
                predExact++;
            }
            if (best == null) {
                continue;
            }
            predOverlap++;
            String surname = sourceName(best, tokens);
            if (surname != null) {
                judged++;
                if (q.speakerName() == null) {
                    missing++;
                } else if (nameWords(q.speakerName()).contains(surname)) {
                    correct++;
                }
            }
        }
        int goldOverlap = 0;
        int goldExact = 0;
        for (GoldAttribution g : direct) {
            boolean overlapped = false;
            boolean wholeExact = false;
            boolean allFragments = true;
            Span h = hull(text, g);
            for (Span c : g.content()) {
                Span tc = trim(text, c.begin(), c.end());
                boolean fragmentExact = false;
                for (Quote q : predicted) {
                    overlapped |= c.overlap(q.begin(), q.end()) > 0;
                    Span qs = trim(text, q.begin(), q.end());
                    fragmentExact |= qs.equals(tc);
                    wholeExact |= qs.equals(h);
                }
                allFragments &= fragmentExact;
            }
            if (overlapped) {
                goldOverlap++;
            }
            if (wholeExact || allFragments) {
                goldExact++;
            }
        }
        return new QuoteCounts(predicted.size(), direct.size(), predOverlap, goldOverlap, predExact, goldExact,
                judged, correct, missing);
    }

    /** Whether the attribution's content quotes directly. */
    public static boolean isDirect(String text, GoldAttribution g) {
        for (Span c : g.content()) {
            for (int i = c.begin(); i < c.end(); i++) {
                if (DOUBLE_MARKS.indexOf(text.charAt(i)) >= 0) {
                    return true;
                }
            }
            int b = c.begin() - 1;
            while (b >= 0 && Character.isWhitespace(text.charAt(b))) {
                b--;
            }
            int e = c.end();
            while (e < text.length() && (Character.isWhitespace(text.charAt(e)) || ".,;:!?".indexOf(text.charAt(e)) >= 0)) {
                e++;
            }
            if (b >= 0 && e < text.length() && DOUBLE_MARKS.indexOf(text.charAt(b)) >= 0
                    && DOUBLE_MARKS.indexOf(text.charAt(e)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last token of the gold source's head name (lower-cased, possessive dropped): the last non-possessive
     * PERSON run of the source's head (the tokens before its first comma, parenthesis, preposition or relative
     * pronoun: "Trump lawyer Marc Kasowitz" → kasowitz, "Kenneth Baer, a former Obama aide" → baer), else the
     * first such run in the whole source, else the last run of capitalised proper nouns in the head that does
     * not modify a common noun ("The Post" → post, but not "The New York businessman"); null when the source
     * holds no name.
     */
    static String sourceName(GoldAttribution g, List<Token> tokens) {
        List<Token> in = new ArrayList<>();
        for (Span s : g.source()) {
            for (Token t : tokens) {
                if (t.begin() >= s.begin() && t.end() <= s.end()) {
                    in.add(t);
                }
            }
        }
        int head = 0;
        while (head < in.size() && !isHeadEnd(in.get(head))) {
            head++;
        }
        for (boolean person : new boolean[] {true, false}) {
            String last = null;
            for (int i = 0; i < head; i++) {
                if (endsRun(in, i, person)) {
                    last = in.get(i).word();
                }
            }
            if (last != null) {
                return normalise(last);
            }
            for (int i = head; i < in.size() && person; i++) {
                if (endsRun(in, i, true)) {
                    return normalise(in.get(i).word());
                }
            }
        }
        return null;
    }

    private static boolean isHeadEnd(Token t) {
        String w = t.word();
        String p = t.pos();
        return w.equals(",") || w.equals("(") || p.equals("IN") || p.equals("WP") || p.equals("WDT");
    }

    /** Whether token i ends a run of PERSON tokens (or of capitalised proper nouns) that is not possessive. */
    private static boolean endsRun(List<Token> in, int i, boolean person) {
        Token t = in.get(i);
        boolean member = person ? t.ner().equals("PERSON")
                : t.pos().startsWith("NNP") && Character.isUpperCase(t.word().charAt(0));
        if (!member) {
            return false;
        }
        if (i + 1 < in.size()) {
            Token n = in.get(i + 1);
            boolean nextMember = person ? n.ner().equals("PERSON") : n.pos().startsWith("NNP");
            if (nextMember || n.pos().equals("POS")) {
                return false;
            }
            if (!person && (n.pos().equals("NN") || n.pos().equals("NNS"))) {
                return false; // a modifier: "The New York businessman", "a Homeland Security memo"
            }
        }
        return true;
    }

    private static List<String> nameWords(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.split("\\s+")) {
            out.add(normalise(w));
        }
        return out;
    }

    private static String normalise(String w) {
        return w.replaceFirst("(’s|'s)$", "").toLowerCase(Locale.ROOT);
    }

    private static Span hull(String text, GoldAttribution g) {
        return trim(text, g.content().get(0).begin(), g.content().get(g.content().size() - 1).end());
    }

    static Span trim(String text, int begin, int end) {
        int b = begin;
        int e = end;
        while (b < e && TRIM.indexOf(text.charAt(b)) >= 0) {
            b++;
        }
        while (e > b && TRIM.indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        return new Span(b, e);
    }
}
