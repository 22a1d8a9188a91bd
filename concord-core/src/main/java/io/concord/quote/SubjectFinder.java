package io.concord.quote;

import io.concord.nlp.Mention;
import io.concord.nlp.Sentence;
import io.concord.nlp.Token;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Finds who a reporting verb attributes speech to, from the POS tags and NER mentions of its sentence:
 * the subject to the left of the verb ({@code Zhai Jun, China's vice minister, said}), the phrase after an
 * inverted verb ({@code ," said Zhai}) or after {@code according to}. Tokens inside quotation marks are never
 * part of a subject.
 */
final class SubjectFinder {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "you");
    private static final Set<String> AUX = Set.of("be", "have", "do", "will", "would", "also", "not", "n't",
            "then", "later", "again", "further", "first", "once", "previously", "recently", "repeatedly");
    private static final Set<String> TIME_NER = Set.of("DATE", "TIME", "DURATION", "SET");

    private final Sentence sentence;
    private final List<Token> tokens;
    private final IntPredicate quoted;

    /** @param quoted whether the sentence's i-th token lies inside a quotation */
    SubjectFinder(Sentence sentence, IntPredicate quoted) {
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        this.quoted = quoted;
    }

    /** The subject left of the verb at {@code verb}, or null. */
    Subject leftOf(int verb) {
        return leftOf(verb, 0);
    }

    private Subject leftOf(int verb, int depth) {
        Token v = tokens.get(verb);
        if (depth < 2 && v.pos().equals("VBG") && verb > 0 && tokens.get(verb - 1).word().equals(",")) {
            // "..., saying that ...": the subject of the clause's finite verb
            int finite = previousSpeechVerb(verb - 1);
            if (finite < 0) {
                finite = firstFiniteVerb(verb);
            }
            if (finite >= 0) {
                Subject s = leftOf(finite, depth + 1);
                if (s != null) {
                    return s;
                }
            }
        }
        Subject apposed = apposition(verb);
        if (apposed != null) {
            return apposed;
        }
        int i = verb - 1;
        while (i >= 0) {
            Token t = tokens.get(i);
            if (quoted.test(i)) {
                return null;
            }
            String w = t.word();
            String lw = w.toLowerCase();
            String pos = t.pos();
            if (skippable(t)) {
                if (w.equals(")") || w.equals("]")) {
                    i = matchingOpen(i);
                }
                i--;
                continue;
            }
            if (TIME_NER.contains(t.ner()) && mentionAt(i) == null) {
                i--;
                while (i >= 0 && (TIME_NER.contains(tokens.get(i).ner()) || tokens.get(i).pos().equals("DT"))) {
                    i--;
                }
                if (i >= 0 && tokens.get(i).pos().equals("IN")) {
                    i--;
                }
                continue;
            }
            if (pos.equals("PRP") && PRONOUNS.contains(lw)) {
                return new Subject(Subject.Kind.PRONOUN, sentence.index(), i, null, w, lw, true);
            }
            if ((pos.equals("WP") || pos.equals("WDT")) && depth < 2) {
                // "Zhai, who said ..." : the antecedent before the relative pronoun
                return leftOf(i, depth + 1);
            }
            if (pos.equals("CC") && depth < 2) {
                // "X said ... but said "..."": the subject of the earlier reporting verb
                int earlier = previousSpeechVerb(i);
                if (earlier < 0) {
                    earlier = previousVerb(i, true);
                }
                return earlier < 0 ? null : leftOf(earlier, depth + 1);
            }
            if (pos.startsWith("VB") && depth < 2) {
                // "he said and added": the subject of the earlier verb
                return leftOf(i, depth + 1);
            }
            if (pos.startsWith("NN") || pos.equals("JJ") || pos.equals("CD") || mentionAt(i) != null) {
                return nounPhraseEndingAt(i);
            }
            return null;
        }
        return null;
    }

    private boolean skippable(Token t) {
        String w = t.word();
        String pos = t.pos();
        return w.equals(",") || pos.equals("RB") || pos.equals("MD") || AUX.contains(t.lemma().toLowerCase())
                || pos.equals("-LRB-") || pos.equals("-RRB-") || w.equals(")") || w.equals("]");
    }

    /**
     * {@code Rep. Jim Jordan (R-Ohio), an oversight panel member, said}: the verb follows a comma; walk the
     * comma-separated segments leftwards and take the nearest one that is a plain noun phrase ending in a PERSON
     * name.
     */
    private Subject apposition(int verb) {
        int i = verb - 1;
        while (i >= 0 && !quoted.test(i) && !tokens.get(i).word().equals(",") && (skippable(tokens.get(i))
                || TIME_NER.contains(tokens.get(i).ner()))) {
            i--;
        }
        if (i < 0 || quoted.test(i) || !tokens.get(i).word().equals(",")) {
            return null;
        }
        int end = i;
        for (int segment = 0; segment < 5 && end > 0; segment++) {
            int start = end - 1;
            while (start >= 0 && !quoted.test(start) && !tokens.get(start).word().equals(",")
                    && !tokens.get(start).word().equals(";") && end - start <= 30) {
                start--;
            }
            if (end - start > 30) {
                return null;
            }
            Mention m = nameEndingSegment(start + 1, end - 1);
            if (m != null) {
                return name(m);
            }
            if (start < 0 || !tokens.get(start).word().equals(",")) {
                return null;
            }
            end = start;
        }
        return null;
    }

    private Mention nameEndingSegment(int first, int last) {
        if (last < first) {
            return null;
        }
        if (tokens.get(last).word().equals(")")) {
            last = matchingOpen(last) - 1;
        }
        if (last < first) {
            return null;
        }
        Mention m = mentionAt(last);
        if (m == null || m.type() != io.concord.nlp.EntityType.PERSON || m.tokenEnd() - 1 != last
                || m.tokenBegin() < first) {
            return null;
        }
        for (int k = first; k < m.tokenBegin(); k++) {
            String p = tokens.get(k).pos();
            if (!(p.startsWith("NN") || p.equals("DT") || p.startsWith("JJ") || p.equals("POS") || p.equals("PRP$")
                    || p.equals("HYPH") || p.equals("CD") || p.equals(".") || p.equals("``") || p.equals("''"))) {
                return null;
            }
        }
        return m;
    }

    private int previousVerb(int from, boolean finite) {
        for (int k = from; k >= 0; k--) {
            Token t = tokens.get(k);
            if (quoted.test(k)) {
                continue;
            }
            String p = t.pos();
            if (p.startsWith("VB") && !AUX.contains(t.lemma().toLowerCase())
                    && (!finite || p.equals("VBD") || p.equals("VBZ") || p.equals("VBP"))) {
                return k;
            }
        }
        return -1;
    }

    /** The nearest reporting verb before {@code from} that is not in a relative clause ("an architect who said"). */
    private int previousSpeechVerb(int from) {
        for (int k = from; k >= 0; k--) {
            if (quoted.test(k)) {
                continue;
            }
            if (SpeechVerbs.isSpeechVerb(tokens, k)
                    && !(k > 0 && (tokens.get(k - 1).pos().equals("WP") || tokens.get(k - 1).pos().equals("WDT")))) {
                return k;
            }
        }
        return -1;
    }

    /** The sentence's first finite verb (auxiliaries included) before {@code before}: the main clause's verb. */
    private int firstFiniteVerb(int before) {
        for (int k = 0; k < before; k++) {
            String p = tokens.get(k).pos();
            if (!quoted.test(k) && (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD"))) {
                return k;
            }
        }
        return -1;
    }

    /** The phrase right of {@code from} (after an inverted verb or "according to"), or null. */
    Subject rightFrom(int from) {
        int i = from;
        while (i < tokens.size() && tokens.get(i).pos().equals("RB")) {
            i++;
        }
        if (i >= tokens.size() || quoted.test(i)) {
            return null;
        }
        Token t = tokens.get(i);
        if (t.pos().equals("PRP") && PRONOUNS.contains(t.word().toLowerCase())) {
            return new Subject(Subject.Kind.PRONOUN, sentence.index(), i, null, t.word(), t.word().toLowerCase(), true);
        }
        int end = i;
        while (end < tokens.size() && !quoted.test(end) && inPhrase(tokens.get(end), end)) {
            end++;
        }
        if (end == i) {
            return null;
        }
        // a phrase ending in proper nouns ends in the name: "Del. Stacey Plaskett", "spokesman Jason Miller"
        if (tokens.get(end - 1).pos().startsWith("NNP")) {
            Mention m = mentionAt(end - 1);
            if (m != null && m.tokenEnd() == end && m.type() == io.concord.nlp.EntityType.PERSON) {
                return name(m);
            }
            int b = end - 1;
            while (b - 1 >= i && tokens.get(b - 1).pos().startsWith("NNP") && !tokens.get(b - 1).word().endsWith(".")) {
                b--;
            }
            if (m != null && m.tokenBegin() <= b && m.tokenEnd() == end) {
                return name(m);
            }
            return properRun(b, end);
        }
        // the last name in the phrase that is not a possessive modifier ("Trump's spokesman Jason Miller")
        Mention best = null;
        for (Mention m : sentence.mentions()) {
            if (m.tokenBegin() >= i && m.tokenEnd() <= end && !isModifier(m)) {
                best = m;
            }
        }
        if (best != null) {
            return name(best);
        }
        return phrase(i, end);
    }

    private boolean inPhrase(Token t, int i) {
        String p = t.pos();
        return p.startsWith("NN") || p.equals("DT") || p.equals("JJ") || p.equals("JJR") || p.equals("JJS")
                || p.equals("POS") || p.equals("PRP$") || p.equals("CD") || p.equals("HYPH")
                || mentionAt(i) != null;
    }

    /** The noun phrase whose last token is {@code last}; an apposition resolves to the name before it. */
    private Subject nounPhraseEndingAt(int last) {
        Mention m = mentionAt(last);
        if (m != null && m.tokenEnd() - 1 == last && !isModifier(m)) {
            Mention head = personBeforePreposition(m.tokenBegin());
            return name(head != null ? head : m);
        }
        int first = last;
        while (first - 1 >= 0 && !quoted.test(first - 1) && (inPhrase(tokens.get(first - 1), first - 1)
                || tokens.get(first - 1).word().equals("of") && first - 2 >= 0
                && inPhrase(tokens.get(first - 2), first - 2))) {
            first--;
        }
        // apposition: "Zhai Jun, China's vice foreign minister, said"
        int before = first - 1;
        if (before >= 1 && tokens.get(before).word().equals(",")) {
            Mention a = mentionAt(before - 1);
            if (a != null && !quoted.test(before - 1) && a.type() != io.concord.nlp.EntityType.LOCATION) {
                return name(a);
            }
        }
        // a trailing run of proper nouns that NER missed: "spokesman Jason Miller"
        if (tokens.get(last).pos().startsWith("NNP")) {
            int b = last;
            while (b - 1 >= first && tokens.get(b - 1).pos().startsWith("NNP")) {
                b--;
            }
            if (b > first || first == 0 || !tokens.get(first).pos().equals("DT")) {
                return properRun(b, last + 1);
            }
        }
        return phrase(first, last + 1);
    }

    /** "Mr. Morgan of the Sierra Club", "Gov. Tomblin of West Virginia": the PERSON the phrase after "of" qualifies. */
    private Mention personBeforePreposition(int begin) {
        int k = begin - 1;
        while (k >= 0 && tokens.get(k).pos().equals("DT")) {
            k--;
        }
        if (k < 1 || quoted.test(k) || !(tokens.get(k).word().equals("of") || tokens.get(k).word().equals("at")
                || tokens.get(k).word().equals("from") || tokens.get(k).word().equals("for"))) {
            return null;
        }
        Mention p = mentionAt(k - 1);
        return p != null && p.type() == io.concord.nlp.EntityType.PERSON && p.tokenEnd() == k ? p : null;
    }

    private Subject phrase(int first, int end) {
        int head = end - 1;
        while (head > first && !tokens.get(head).pos().startsWith("NN")) {
            head--;
        }
        String lead = tokens.get(first).word().toLowerCase();
        boolean definite = lead.equals("the") || lead.equals("this") || lead.equals("that")
                || tokens.get(first).pos().equals("PRP$");
        for (int k = first; k < end; k++) {
            if (tokens.get(k).pos().equals("POS")) {
                definite = true;
            }
        }
        Mention m = mentionAt(head);
        if (m != null && !isModifier(m)) {
            return name(m);
        }
        // "the IMF report", "a Times editorial": the organisation that issued it
        for (int k = head - 1; k >= first; k--) {
            Mention org = mentionAt(k);
            if (org != null && org.type() == io.concord.nlp.EntityType.ORGANIZATION && org.tokenEnd() == head) {
                return name(org);
            }
        }
        String text = sentenceText(first, end);
        return new Subject(Subject.Kind.DESCRIPTION, sentence.index(), head, null, text,
                tokens.get(head).lemma().toLowerCase(), definite);
    }

    private Subject properRun(int first, int end) {
        String text = sentenceText(first, end);
        return new Subject(Subject.Kind.NAME, sentence.index(), end - 1, null, text,
                tokens.get(end - 1).word(), true);
    }

    private Subject name(Mention m) {
        return new Subject(Subject.Kind.NAME, sentence.index(), m.tokenEnd() - 1, m, m.text(),
                tokens.get(m.tokenEnd() - 1).word(), true);
    }

    /** A mention that modifies a following noun ("China's minister", "NATO secretary-general"). */
    private boolean isModifier(Mention m) {
        int next = m.tokenEnd();
        if (next >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(next);
        if (t.pos().equals("POS")) {
            return true;
        }
        return (t.pos().equals("NN") || t.pos().equals("NNS")) && !quoted.test(next);
    }

    Mention mentionAt(int token) {
        for (Mention m : sentence.mentions()) {
            if (token >= m.tokenBegin() && token < m.tokenEnd()) {
                return m;
            }
        }
        return null;
    }

    private int matchingOpen(int close) {
        for (int k = close - 1; k >= 0; k--) {
            String w = tokens.get(k).word();
            if (w.equals("(") || w.equals("[")) {
                return k;
            }
        }
        return close;
    }

    private String sentenceText(int first, int end) {
        int b = tokens.get(first).begin() - sentence.begin();
        int e = tokens.get(end - 1).end() - sentence.begin();
        return sentence.text().substring(b, e);
    }
}
