package io.concord.quote;

import io.concord.nlp.AnalyzedArticle;
import io.concord.nlp.Sentence;
import io.concord.nlp.Token;

import java.util.List;

/**
 * Finds the attribution of a quotation in one article: the nearest reporting verb outside quotation marks in
 * the sentences the quotation starts and ends in (before it: {@code Zhai said "..."}, after it:
 * {@code "...," Zhai said}), an introduction ending in a colon in the sentence before, or a short attribution
 * sentence right after it ({@code "Why?" he asked.}).
 */
final class AttributionFinder {
    /** How far after a quotation (in tokens) a reporting verb can still attribute it. */
    private static final int AFTER_WINDOW = 30;

    private final AnalyzedArticle article;
    private final List<QuoteSpan> spans;
    private final boolean[][] quoted;

    AttributionFinder(AnalyzedArticle article, List<QuoteSpan> spans) {
        this.article = article;
        this.spans = spans;
        List<Sentence> sentences = article.sentences();
        this.quoted = new boolean[sentences.size()][];
        for (Sentence s : sentences) {
            boolean[] q = new boolean[s.tokens().size()];
            for (int i = 0; i < q.length; i++) {
                Token t = s.tokens().get(i);
                q[i] = insideAny(t.begin(), t.end());
            }
            quoted[s.index()] = q;
        }
    }

    boolean isQuoted(int sentence, int token) {
        return quoted[sentence][token];
    }

    SubjectFinder subjects(Sentence s) {
        boolean[] q = quoted[s.index()];
        return new SubjectFinder(s, i -> q[i]);
    }

    /** Index of the sentence that contains the offset (the nearest one before it when between sentences). */
    int sentenceAt(int offset) {
        List<Sentence> ss = article.sentences();
        int lo = 0;
        int hi = ss.size() - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (ss.get(mid).begin() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The attribution of the quotation that runs from {@code first} to {@code last} (one span or a paragraph-continued group). */
    Attribution find(QuoteSpan first, QuoteSpan last) {
        if (article.sentences().isEmpty()) {
            return null;
        }
        Sentence start = article.sentences().get(sentenceAt(first.open()));
        Sentence end = article.sentences().get(sentenceAt(Math.max(last.close() - 1, last.open())));
        Attribution before = null;
        int beforeDistance = Integer.MAX_VALUE;
        for (int i = start.tokens().size() - 1; i >= 0; i--) {
            Token t = start.tokens().get(i);
            if (t.end() > first.open() || quoted[start.index()][i]) {
                continue;
            }
            if (isCue(start, i)) {
                if (i > 0 && isRelativePronoun(start.tokens().get(i - 1)) && hasCueBefore(start, i - 1)) {
                    continue; // "X told a woman who suggested that "..."": the main clause's cue attributes
                }
                beforeDistance = countTokens(start, t.end(), first.open());
                before = attribution(start, i, false, directBefore(start, i, first.open()));
                break;
            }
        }
        Attribution after = null;
        int afterDistance = Integer.MAX_VALUE;
        for (int i = 0; i < end.tokens().size(); i++) {
            Token t = end.tokens().get(i);
            if (t.begin() < last.close() || quoted[end.index()][i]) {
                continue;
            }
            int d = countTokens(end, last.close(), t.begin());
            if (d > AFTER_WINDOW) {
                break;
            }
            if (t.pos().startsWith("VB") && !isCue(end, i) && !isAuxiliary(t) && !t.pos().equals("VBG")
                    && !t.pos().equals("VBN")) {
                break; // another clause's verb comes first
            }
            if (isCue(end, i)) {
                afterDistance = d;
                after = attribution(end, i, onlyPunctuationBetween(end, last.close(), t.begin()), true);
                break;
            }
        }
        if (before != null || after != null) {
            return after != null && (before == null || afterDistance < beforeDistance) ? after : before;
        }
        Attribution dash = dashSignature(last);
        if (dash != null) {
            return dash;
        }
        Attribution colon = colonIntroduction(first);
        if (colon != null) {
            return colon;
        }
        return followingSentence(end, last);
    }

    private Attribution attribution(Sentence s, int verb, boolean inverted, boolean direct) {
        SubjectFinder finder = subjects(s);
        List<Token> ts = s.tokens();
        Token t = ts.get(verb);
        if (t.word().equalsIgnoreCase("according")) {
            return new Attribution(finder.rightFrom(verb + 2), "according to", direct);
        }
        String cue = t.word();
        int anchor = verb;
        if (t.word().equalsIgnoreCase("quoted")) {
            for (int k = verb + 1; k + 1 < ts.size() && k <= verb + 10; k++) {
                if (ts.get(k).word().equalsIgnoreCase("as") && ts.get(k + 1).word().equalsIgnoreCase("saying")) {
                    cue = "quoted as saying";
                    break;
                }
            }
        }
        if (t.word().equalsIgnoreCase("saying") && verb > 0 && ts.get(verb - 1).word().equalsIgnoreCase("as")) {
            for (int k = verb - 2; k >= 0 && k >= verb - 10; k--) {
                if (ts.get(k).word().equalsIgnoreCase("quoted") && !quoted[s.index()][k]) {
                    anchor = k;
                    cue = "quoted as saying";
                    break;
                }
            }
        }
        Subject subject = inverted ? finder.rightFrom(verb + 1) : finder.leftOf(anchor);
        if (inverted && subject != null && subject.kind() == Subject.Kind.NAME && s.index() + 1 < article.sentences().size()
                && lastWordToken(s) == subject.token()
                && (subject.mention() == null || subject.mention().type() != io.concord.nlp.EntityType.PERSON)) {
            // the splitter broke the name after an abbreviation ("said Del. | Stacey Plaskett of ...")
            Sentence next = article.sentences().get(s.index() + 1);
            Subject rest = subjects(next).rightFrom(0);
            if (rest != null && rest.kind() == Subject.Kind.NAME && rest.mention() != null
                    && rest.mention().type() == io.concord.nlp.EntityType.PERSON) {
                subject = rest;
            }
        }
        if (subject == null) {
            subject = inverted ? finder.leftOf(anchor) : finder.rightFrom(verb + 1);
        }
        return new Attribution(subject, cue, direct);
    }

    private static int lastWordToken(Sentence s) {
        for (int k = s.tokens().size() - 1; k >= 0; k--) {
            if (Character.isLetterOrDigit(s.tokens().get(k).word().charAt(0))) {
                return k;
            }
        }
        return -1;
    }

    /** "said", "told", "according to" outside quotation marks. */
    private boolean isCue(Sentence s, int i) {
        Token t = s.tokens().get(i);
        if (t.word().equalsIgnoreCase("according") && i + 1 < s.tokens().size()
                && s.tokens().get(i + 1).word().equalsIgnoreCase("to")) {
            return true;
        }
        return SpeechVerbs.isSpeechVerb(s.tokens(), i);
    }

    /** No other verb between the cue and the quotation: "told reporters that "..."" but not "said Beijing opposed "..."". */
    private boolean directBefore(Sentence s, int verb, int open) {
        for (int i = verb + 1; i < s.tokens().size(); i++) {
            Token t = s.tokens().get(i);
            if (t.begin() >= open) {
                break;
            }
            String p = t.pos();
            if (p.startsWith("VB") || p.equals("WDT") || p.equals("WP") || p.equals("MD")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAuxiliary(Token t) {
        String l = t.lemma().toLowerCase();
        return l.equals("be") || l.equals("have") || l.equals("do");
    }

    private static boolean isRelativePronoun(Token t) {
        return t.pos().equals("WP") || t.pos().equals("WDT");
    }

    private boolean hasCueBefore(Sentence s, int before) {
        for (int k = before - 1; k >= 0; k--) {
            if (!quoted[s.index()][k] && isCue(s, k)) {
                return true;
            }
        }
        return false;
    }

    /** Word tokens (not punctuation) in [from, to). */
    private static int countTokens(Sentence s, int from, int to) {
        int n = 0;
        for (Token t : s.tokens()) {
            if (t.begin() >= from && t.end() <= to && Character.isLetterOrDigit(t.word().charAt(0))) {
                n++;
            }
        }
        return n;
    }

    private boolean onlyPunctuationBetween(Sentence s, int from, int to) {
        for (Token t : s.tokens()) {
            if (t.begin() >= from && t.end() <= to && Character.isLetterOrDigit(t.word().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMarkToken(Token t) {
        return t.word().equals("``") || t.word().equals("''") || t.word().length() == 1 && QuoteSpans.isMark(t.word().charAt(0));
    }

    /** {@code "..." ― Pamela Padilla}: a name after a dash right after the quotation. */
    private Attribution dashSignature(QuoteSpan last) {
        int si = sentenceAt(last.close());
        for (int k = si; k <= si + 1 && k < article.sentences().size(); k++) {
            Sentence s = article.sentences().get(k);
            for (int i = 0; i < s.tokens().size(); i++) {
                Token t = s.tokens().get(i);
                if (t.begin() < last.close() || quoted[k][i]) {
                    continue;
                }
                if (!t.word().matches("[-‐‒–—―]+") || i + 1 >= s.tokens().size()) {
                    return null;
                }
                String between = article.article().text().substring(last.close(), t.begin());
                if (between.contains("\n\n")) {
                    return null;
                }
                Subject subject = subjects(s).rightFrom(i + 1);
                return subject != null && subject.kind() == Subject.Kind.NAME ? new Attribution(subject, null, true) : null;
            }
        }
        return null;
    }

    /** {@code Rasmussen said in an interview:} ... or a paragraph ending in a colon before the quotation. */
    private Attribution colonIntroduction(QuoteSpan first) {
        String text = article.article().text();
        int k = first.open() - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        if (k < 0 || text.charAt(k) != ':') {
            return null;
        }
        Sentence s = article.sentences().get(sentenceAt(k));
        int lastVerb = -1;
        for (int i = 0; i < s.tokens().size(); i++) {
            Token t = s.tokens().get(i);
            if (t.end() > k + 1 || quoted[s.index()][i]) {
                continue;
            }
            if (isCue(s, i)) {
                return attribution(s, i, false, true);
            }
            if (t.pos().startsWith("VB") && !isAuxiliary(t)) {
                lastVerb = i;
            }
        }
        if (lastVerb < 0) {
            return null;
        }
        Subject subject = subjects(s).leftOf(lastVerb);
        return subject == null ? null : new Attribution(subject, null, true);
    }

    /** {@code "Why not?" he asked.} when the splitter put the attribution in a sentence of its own. */
    private Attribution followingSentence(Sentence end, QuoteSpan last) {
        for (Token t : end.tokens()) {
            if (t.begin() >= last.close() && Character.isLetterOrDigit(t.word().charAt(0))) {
                return null;
            }
        }
        int next = end.index() + 1;
        if (next >= article.sentences().size()) {
            return null;
        }
        Sentence s = article.sentences().get(next);
        if (s.paragraph() != end.paragraph() || s.tokens().size() > 12) {
            return null;
        }
        for (int i = 0; i < Math.min(5, s.tokens().size()); i++) {
            if (quoted[s.index()][i]) {
                return null;
            }
            if (isCue(s, i)) {
                boolean inverted = i == 0;
                return attribution(s, i, inverted, true);
            }
        }
        return null;
    }

    private boolean insideAny(int from, int to) {
        int lo = 0;
        int hi = spans.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            QuoteSpan q = spans.get(mid);
            if (q.close() <= from) {
                lo = mid + 1;
            } else if (q.open() >= to) {
                hi = mid - 1;
            } else {
                return q.covers(from, to) || from >= q.open() && from < q.close();
            }
        }
        return false;
    }
}
