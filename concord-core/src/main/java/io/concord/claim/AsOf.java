package io.concord.claim;

import io.concord.nlp.Sentence;
import io.concord.nlp.TimeExpression;
import io.concord.nlp.Token;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The date a sentence gives a count: the nearest dated time expression that is not a start ("since March"). */
final class AsOf {
    private static final Set<String> START_WORDS = Set.of("since", "from", "began", "begun", "started", "start",
            "beginning", "until", "till", "between");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private AsOf() {
    }

    /** The date a time expression of the sentence gives the count, or null; starts ("since ...") do not count. */
    static String textDate(Sentence s, NumberPhrase n, int[] clause, LocalDate published) {
        List<Token> t = s.tokens();
        int clauseBegin = t.get(clause[0]).begin();
        int clauseEnd = t.get(clause[1] - 1).end();
        int numberBegin = t.get(n.start()).begin();
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeExpression te : s.times()) {
            if (!"DATE".equals(te.type()) || te.value() == null || te.begin() < clauseBegin || te.end() > clauseEnd) {
                continue;
            }
            String v = te.value();
            if (v.equals("PRESENT_REF")) {
                v = published == null ? null : published.toString();
            }
            if (v == null || !ISO_DATE.matcher(v).matches()) {
                continue;
            }
            if (published != null && v.compareTo(published.toString()) > 0 && !published.toString().startsWith(v)) {
                continue; // a future date (a planned vote) does not date a count
            }
            int first = -1;
            for (int k = 0; k < t.size(); k++) {
                if (t.get(k).begin() >= te.begin()) {
                    first = k;
                    break;
                }
            }
            if (first < 0 || isStart(t, first)) {
                continue;
            }
            int distance = Math.abs(te.begin() - numberBegin);
            if (distance < bestDistance) {
                best = v;
                bestDistance = distance;
            }
        }
        return best;
    }

    static boolean isStart(List<Token> t, int first) {
        for (int k = Math.max(0, first - 5); k < first; k++) {
            if (START_WORDS.contains(t.get(k).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
