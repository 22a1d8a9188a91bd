package io.concord.claim;

import io.concord.nlp.Sentence;
import io.concord.nlp.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds who makes a numeric claim, from the sentence around it: "according to X", "X says/said (that) ...",
 * "X estimated ...", "X put the death toll at ...", and a clause-final "..., X said." or "..., said X.".
 * The nearest such cue wins; a reporting verb before the number only counts when no other reporting verb
 * stands between them. Pronoun sources ("he said") give no attribution.
 */
final class AttributionFinder {
    private static final Set<String> REPORTING = Set.of("say", "report", "estimate", "tell", "claim", "state",
            "announce", "confirm", "count", "record", "document", "allege", "add", "note", "believe", "calculate",
            "cite", "insist", "warn", "reckon", "tally");
    private static final Set<String> TOLL_VERBS = Set.of("put", "place", "raise", "give");
    private static final Set<String> TOLL_NOUNS = Set.of("toll", "figure", "number", "tally", "count", "total",
            "crowd", "turnout", "attendance", "cost", "damage", "estimate", "loss", "losses");
    private static final Set<String> AUX = Set.of("have", "has", "had", "be", "is", "was", "were", "are", "been",
            "do", "does", "did", "also", "later", "previously", "earlier", "separately", "now", "still", "only",
            "however", "reportedly");

    private static final int MAX_APPOSITION = 8;

    private AttributionFinder() {
    }

    /** The source of the number spanning tokens [start, end) of the sentence, as written, or null. */
    static String find(Sentence s, int start, int end) {
        List<Token> t = s.tokens();
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int j = 0; j < t.size(); j++) {
            String w = t.get(j).word().toLowerCase(Locale.ROOT);
            String found = null;
            int distance;
            if (j < start) {
                distance = start - j;
                if ((w.equals("according") || w.equals("citing")) && j + 1 < t.size()) {
                    found = npRight(s, w.equals("according") ? j + 2 : j + 1);
                } else if (isReporting(t, j) && !reportingBetween(t, j + 1, start)) {
                    found = npLeft(s, j);
                    if (found == null && !isPronoun(t, j - 1) && invertedSubject(t, j + 1)) {
                        found = npRight(s, j + 1);
                    }
                }
            } else if (j >= end) {
                distance = j - end + 1;
                if ((w.equals("according") || w.equals("citing")) && j + 1 < t.size()) {
                    found = npRight(s, w.equals("according") ? j + 2 : j + 1);
                } else if (isReporting(t, j) && clauseFinal(t, j)) {
                    int left = npLeftStart(t, j);
                    if (left >= end && left < j) {
                        found = npLeft(s, j);
                    } else if (j > 0 && isPunct(t.get(j - 1))) {
                        found = npRight(s, j + 1);
                    }
                }
            } else {
                continue;
            }
            if (found != null && distance < bestDistance) {
                best = found;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static boolean isReporting(List<Token> t, int j) {
        Token tok = t.get(j);
        if (!tok.pos().startsWith("VB") || j > 0 && t.get(j - 1).pos().equals("DT")) {
            return false; // "an estimated $29 million" is an adjective
        }
        String lemma = tok.lemma().toLowerCase(Locale.ROOT);
        if (REPORTING.contains(lemma)) {
            return true;
        }
        if (TOLL_VERBS.contains(lemma)) {
            for (int k = j + 1; k < Math.min(t.size(), j + 4); k++) {
                if (TOLL_NOUNS.contains(t.get(k).lemma().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean reportingBetween(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (isReporting(t, k)) {
                return true;
            }
        }
        return false;
    }

    /** "…, a medic said." or "…, said a medic." : the verb ends its clause. */
    private static boolean clauseFinal(List<Token> t, int j) {
        int k = j + 1;
        // "said on Friday.", "said late on Tuesday."
        int m = k;
        while (m < t.size() && m - k < 5 && (t.get(m).pos().equals("IN") || t.get(m).pos().equals("DT")
                || t.get(m).ner().equals("DATE") || t.get(m).ner().equals("TIME"))) {
            m++;
        }
        if (m >= t.size() || isPunct(t.get(m))) {
            return true;
        }
        int np = k;
        while (np < t.size() && isNpToken(t.get(np))) {
            np++;
        }
        return np > k && (np >= t.size() || isPunct(t.get(np)));
    }

    private static int npLeftStart(List<Token> t, int verb) {
        int k = verb - 1;
        while (k >= 0 && AUX.contains(t.get(k).word().toLowerCase(Locale.ROOT))) {
            k--;
        }
        int e = k;
        while (k >= 0 && isNpToken(t.get(k))) {
            k--;
        }
        return e == k ? -1 : k + 1;
    }

    /** The subject noun phrase of the verb at {@code verb}, skipping auxiliaries and a participle phrase. */
    static String npLeft(Sentence s, int verb) {
        List<Token> t = s.tokens();
        int k = verb - 1;
        while (k >= 0 && AUX.contains(t.get(k).word().toLowerCase(Locale.ROOT))) {
            k--;
        }
        k = skipTimeAdverbial(t, k);
        if (k >= 1 && (t.get(k).pos().equals("WP") || t.get(k).pos().equals("WDT")) && t.get(k - 1).word().equals(",")) {
            k -= 2; // "Volunteer groups, who say ...": the relative pronoun stands for the phrase before it
        }
        k = skipApposition(t, k);
        if (k >= 0 && t.get(k).pos().equals("CC") && !"nor".equalsIgnoreCase(t.get(k).word())) {
            // "X blame ... and say ...": the subject of the nearest finite verb before the conjunction
            for (int v = k - 1; v >= 0; v--) {
                String pos = t.get(v).pos();
                if (pos.equals("VBZ") || pos.equals("VBP") || pos.equals("VBD")) {
                    return npLeft(s, v);
                }
            }
            return null;
        }
        int e = k + 1;
        while (k >= 0 && isNpToken(t.get(k)) && !missedSentenceEnd(t, k)) {
            k--;
        }
        int b = k + 1;
        // "a medic reached on Skype said": skip a reduced relative clause (participle + prepositional phrase)
        if (k >= 1 && t.get(k).pos().equals("IN") && (t.get(k - 1).pos().equals("VBN") || t.get(k - 1).pos().equals("VBG"))) {
            int m = k - 2;
            int e2 = m + 1;
            while (m >= 0 && isNpToken(t.get(m))) {
                m--;
            }
            if (e2 > m + 1) {
                b = m + 1;
                e = e2;
            }
        }
        return phrase(s, b, e);
    }

    /** "X on Thursday put the toll at": step back over a date or time (and its preposition) before the verb. */
    private static int skipTimeAdverbial(List<Token> t, int k) {
        int m = k;
        while (m >= 0 && (t.get(m).ner().equals("DATE") || t.get(m).ner().equals("TIME"))) {
            m--;
        }
        if (m == k) {
            return k;
        }
        if (m >= 0 && t.get(m).pos().equals("IN")) {
            m--;
        }
        return m;
    }

    /**
     * "Ana Lodi, the town's chief official, said": when the verb follows an apposition between commas, the
     * subject is the phrase before the apposition.
     */
    private static int skipApposition(List<Token> t, int k) {
        if (k < 0 || !t.get(k).word().equals(",")) {
            return k;
        }
        int m = k - 1;
        while (m >= 0 && k - m <= MAX_APPOSITION && isNpToken(t.get(m))) {
            m--;
        }
        if (m < k - 1 && m >= 1 && t.get(m).word().equals(",") && isNpToken(t.get(m - 1))) {
            return m - 1;
        }
        return k;
    }

    /** "..., said a medic reached by phone." or "said the mayor that": a subject placed after its verb. */
    private static boolean invertedSubject(List<Token> t, int k) {
        int m = k;
        while (m < t.size() && isNpToken(t.get(m)) && !t.get(m).pos().equals("JJR")) {
            m++;
        }
        if (m == k) {
            return false;
        }
        if (m >= t.size()) {
            return true;
        }
        String w = t.get(m).word().toLowerCase(Locale.ROOT);
        return isPunct(t.get(m)) || w.equals("that") || t.get(m).pos().equals("VBN");
    }

    /** The noun phrase starting at {@code k}: a named entity (with its determiner) or an adjective-noun run. */
    static String npRight(Sentence s, int k) {
        List<Token> t = s.tokens();
        if (k >= t.size()) {
            return null;
        }
        int b = k;
        while (k < t.size() && (t.get(k).pos().equals("DT") || t.get(k).pos().equals("PRP$"))) {
            k++;
        }
        if (k >= t.size()) {
            return null;
        }
        String ner = t.get(k).ner();
        int e = k;
        if (t.get(k).pos().startsWith("NNP") && !ner.equals("O")) {
            while (e < t.size() && t.get(e).ner().equals(ner)) {
                e++;
            }
        } else {
            while (e < t.size() && isNpToken(t.get(e)) && !t.get(e).pos().equals("DT")) {
                e++;
            }
        }
        return e > k ? phrase(s, b, e) : null;
    }

    private static String phrase(Sentence s, int b, int e) {
        List<Token> t = s.tokens();
        while (b < e && (t.get(b).pos().equals("HYPH") || isPunct(t.get(b)))) {
            b++;
        }
        while (e > b && (t.get(e - 1).pos().equals("HYPH") || isPunct(t.get(e - 1)))) {
            e--;
        }
        while (b < e && t.get(b).pos().equals("POS")) {
            b++;
        }
        if (b >= e) {
            return null;
        }
        boolean content = false;
        for (int i = b; i < e; i++) {
            String pos = t.get(i).pos();
            if (pos.startsWith("NN") || pos.startsWith("JJ")) {
                content = true;
            }
            if (pos.startsWith("PRP") && e - b == 1) {
                return null;
            }
        }
        if (!content) {
            return null;
        }
        String text = s.text().substring(t.get(b).begin() - s.begin(), t.get(e - 1).end() - s.begin());
        Token first = t.get(b);
        if (!first.pos().startsWith("NNP") && !first.ner().matches("ORGANIZATION|PERSON|LOCATION|MISC")
                && text.length() > 1 && Character.isUpperCase(text.charAt(0))
                && !(text.length() > 1 && Character.isUpperCase(text.charAt(1)))) {
            text = Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text.replaceAll("\\s+", " ");
    }

    /** "… according to the U.N. Syrian authorities say …": an abbreviation that really ended a sentence. */
    private static boolean missedSentenceEnd(List<Token> t, int k) {
        String w = t.get(k).word();
        return w.length() > 1 && w.endsWith(".") && k + 1 < t.size()
                && Character.isUpperCase(t.get(k + 1).word().charAt(0));
    }

    private static boolean isNpToken(Token t) {
        String pos = t.pos();
        return pos.equals("DT") || pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("POS")
                || pos.equals("PRP$") || (pos.equals("CD") && !t.ner().equals("NUMBER")) || pos.equals("HYPH");
    }

    private static boolean isPronoun(List<Token> t, int k) {
        return k >= 0 && t.get(k).pos().startsWith("PRP");
    }

    private static boolean isPunct(Token t) {
        return t.word().matches("[,.;:!?\"'`]+|''|``|--|-");
    }
}
