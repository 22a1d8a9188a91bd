package io.concord.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells whether a time expression sits in a clause about the future ("will meet on Friday", "is to arrive
 * on Wednesday", "is expected to vote in April"). The verb of the expression's clause decides: it is future
 * when its verb group holds "will"/"shall"/"'ll", or when it is an infinitive after a form of "be" or a
 * verb of planning ("expected", "scheduled", "due", "set", "plans", "going"). The verb searched first is
 * the nearest one before the expression, then the nearest one after it.
 */
final class TenseCue {
    private static final int MAX_DISTANCE = 8;
    private static final Set<String> FUTURE_MODALS = Set.of("will", "shall", "'ll", "wo", "ll", "would");
    private static final Set<String> PLANNING = Set.of(
            "be", "is", "are", "am", "expected", "scheduled", "due", "set", "plan", "plans", "planned", "planning",
            "going", "intends", "intend", "intended", "poised", "slated", "aims", "hopes", "hope", "want", "wants");

    private TenseCue() {
    }

    static boolean isFuture(List<Token> tokens, int begin, int end) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.begin() >= begin && t.end() <= end) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return false;
        }
        // a time adverbial most often follows its verb ("met on Thursday"); else it opens the clause
        int verb = -1;
        for (int i = first - 1; i >= 0 && first - i <= MAX_DISTANCE && verb < 0; i--) {
            if (isVerb(tokens.get(i))) {
                verb = i;
            }
        }
        for (int i = last + 1; i < tokens.size() && i - last <= MAX_DISTANCE && verb < 0; i++) {
            if (isVerb(tokens.get(i))) {
                verb = i;
            }
        }
        if (verb < 0) {
            return false;
        }
        if (isFutureModal(tokens, verb)) {
            return true;
        }
        // walk back through the verb group: auxiliaries, adverbs, "to"; across "and"/"or" to the verb before
        int i = verb - 1;
        int steps = 0;
        while (i >= 0 && steps++ < 10) {
            Token t = tokens.get(i);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (isFutureModal(tokens, i)) {
                return true;
            }
            if (t.pos().equals("TO")) {
                return i > 0 && PLANNING.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT));
            }
            if (t.pos().equals("CC")) {
                int j = i - 1;
                while (j >= 0 && i - j <= 6 && !isVerb(tokens.get(j))) {
                    j--;
                }
                if (j < 0 || i - j > 6) {
                    return false;
                }
                if (isFutureModal(tokens, j)) {
                    return true;
                }
                i = j - 1;
                continue;
            }
            if (!(t.pos().startsWith("VB") || t.pos().startsWith("RB") || t.pos().equals("MD") || w.equals("not"))) {
                return false;
            }
            if (t.pos().equals("VBD") || t.pos().equals("MD")) {
                return false;
            }
            i--;
        }
        return false;
    }

    private static boolean isVerb(Token t) {
        return t.pos().startsWith("VB") || t.pos().equals("MD");
    }

    /**
     * "will", "shall", and "would" as the future of reported speech ("said the board would meet on Friday"),
     * but not the past conditional "would have".
     */
    private static boolean isFutureModal(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String w = t.word().toLowerCase(Locale.ROOT).replace("’", "'");
        if (!t.pos().equals("MD") || !FUTURE_MODALS.contains(w)) {
            return false;
        }
        return !(w.equals("would") && i + 1 < tokens.size()
                && tokens.get(i + 1).word().toLowerCase(Locale.ROOT).equals("have"));
    }
}
