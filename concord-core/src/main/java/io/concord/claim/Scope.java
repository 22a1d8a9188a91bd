package io.concord.claim;

import io.concord.nlp.AnalyzedArticle;
import io.concord.nlp.EntityType;
import io.concord.nlp.Mention;
import io.concord.nlp.Sentence;
import io.concord.nlp.Token;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where and how widely a count applies: the clause that holds it, the place it is tied to, whether it is a
 * running toll or a one-off incident, and the story's home location that scopes tolls with no place.
 */
final class Scope {
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "on", "at", "near", "around", "across",
            "outside", "inside", "throughout", "within", "into");
    private static final Set<String> PLACE_NOUNS = Set.of("province", "city", "town", "village", "region",
            "district", "state", "county", "area", "island", "port", "capital", "neighbourhood", "neighborhood");
    private static final Set<String> TOLL_WORDS = Set.of("toll", "total", "tally", "since", "overall",
            "altogether", "nationwide", "cumulative", "countrywide");
    private static final Set<String> CLAUSE_OPENERS = Set.of("while", "whereas", "but", "although", "though",
            "including");
    private static final Set<String> AUX_HAVE = Set.of("has", "have", "'ve", "had");

    private Scope() {
    }

    /** The place the story is mostly about: the location named by most articles, then most often; or null. */
    static String homeLocation(List<AnalyzedArticle> articles) {
        return homeLocation(articles, java.util.function.UnaryOperator.identity());
    }

    /** The home location with place names mapped through {@code placeName} (e.g. to merged entity names). */
    static String homeLocation(List<AnalyzedArticle> articles, java.util.function.UnaryOperator<String> placeName) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> articleCounts = new HashMap<>();
        for (AnalyzedArticle a : articles) {
            Set<String> seen = new HashSet<>();
            for (Sentence s : a.sentences()) {
                for (Mention m : s.mentions()) {
                    if (m.type() == EntityType.LOCATION) {
                        String name = placeName.apply(m.text());
                        counts.merge(name, 1, Integer::sum);
                        if (seen.add(name)) {
                            articleCounts.merge(name, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        return counts.keySet().stream()
                .max(Comparator.comparing((String k) -> articleCounts.get(k))
                        .thenComparing(counts::get)
                        .thenComparing(Comparator.<String>reverseOrder()))
                .orElse(null);
    }

    /** Token range [from, to) of the clause holding token {@code i}. */
    static int[] clause(List<Token> t, int i) {
        return clause(t, i, false);
    }

    /**
     * Token range [from, to) of the clause holding token {@code i}: bounded by ";", ":" and "--", and unless
     * {@code hardOnly}, also by ", while", ", but", ", including" and the like.
     */
    static int[] clause(List<Token> t, int i, boolean hardOnly) {
        int from = 0;
        int to = t.size();
        for (int k = i - 1; k >= 0; k--) {
            if (isBoundary(t, k, hardOnly)) {
                from = k + 1;
                break;
            }
        }
        for (int k = i + 1; k < t.size(); k++) {
            if (isBoundary(t, k, hardOnly)) {
                to = k;
                break;
            }
        }
        return new int[]{from, to};
    }

    static boolean isBoundary(List<Token> t, int k, boolean hardOnly) {
        String w = t.get(k).word().toLowerCase(Locale.ROOT);
        if (w.equals(";") || w.equals(":") || w.equals("--")) {
            return true;
        }
        return !hardOnly && CLAUSE_OPENERS.contains(w) && k > 0 && t.get(k - 1).word().equals(",");
    }

    /**
     * A named place the count is tied to: "in/on/at/near ... X", "in the town of X", "in the capital, X";
     * the nearest to the number in its clause, else in its sentence (unless the clause says "nationwide").
     */
    static String place(List<Token> t, NumberPhrase n, int[] clause) {
        String p = place(t, n, clause[0], clause[1]);
        if (p == null && !(clause[0] == 0 && clause[1] == t.size())) {
            boolean nationwide = false;
            for (int k = clause[0]; k < clause[1]; k++) {
                String w = t.get(k).word().toLowerCase(Locale.ROOT);
                if (w.equals("nationwide") || w.equals("countrywide")) {
                    nationwide = true;
                }
            }
            if (!nationwide) {
                p = place(t, n, 0, t.size());
            }
        }
        return p;
    }

    static String place(List<Token> t, NumberPhrase n, int from, int to) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int k = from; k < to - 1; k++) {
            if (!PLACE_PREPOSITIONS.contains(t.get(k).word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int b = k + 1;
            while (b < to && t.get(b).pos().equals("DT")) {
                b++;
            }
            // "in the province of X", "in the town of X", "in the capital, X"
            int q = b;
            while (q < to && q - b < 2 && (t.get(q).pos().startsWith("JJ") || t.get(q).pos().equals("NN"))
                    && !PLACE_NOUNS.contains(t.get(q).word().toLowerCase(Locale.ROOT))) {
                q++; // "in the river port of X"
            }
            if (q < to && PLACE_NOUNS.contains(t.get(q).word().toLowerCase(Locale.ROOT))) {
                b = q;
            }
            if (b + 2 < to && PLACE_NOUNS.contains(t.get(b).word().toLowerCase(Locale.ROOT))
                    && (t.get(b + 1).word().equalsIgnoreCase("of") || t.get(b + 1).word().equals(","))) {
                b += 2;
            }
            if (b + 1 < to && (t.get(b).pos().startsWith("JJ") || t.get(b).pos().equals("VBG"))
                    && t.get(b + 1).pos().startsWith("NNP")) {
                b++; // "in neighbouring X"
            }
            int e = b;
            while (e < to && isPlaceToken(t.get(e))) {
                e++;
            }
            if (e == b) {
                continue;
            }
            StringBuilder sb = new StringBuilder();
            for (int m = b; m < e; m++) {
                if (m > b) {
                    sb.append(' ');
                }
                sb.append(t.get(m).word());
            }
            String name = sb.toString();
            int distance = k < n.start() ? n.start() - e : k - n.end();
            if (distance < bestDistance) {
                best = name;
                bestDistance = distance;
            }
        }
        return best;
    }

    static boolean isPlaceToken(Token tok) {
        String ner = tok.ner();
        return tok.pos().startsWith("NNP") && Character.isUpperCase(tok.word().charAt(0))
                && (ner.equals("LOCATION") || ner.equals("O") || ner.equals("PERSON") || ner.equals("CITY")
                || ner.equals("COUNTRY") || ner.equals("STATE_OR_PROVINCE"));
    }

    /** Whether the clause reports a running total: "have been killed", "has killed", "since", "death toll". */
    static boolean isToll(List<Token> t, int[] clause) {
        for (int k = clause[0]; k < clause[1]; k++) {
            String w = t.get(k).word().toLowerCase(Locale.ROOT);
            if (TOLL_WORDS.contains(w) || TOLL_WORDS.contains(t.get(k).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if ((w.equals("so") && k + 1 < t.size() && t.get(k + 1).word().equalsIgnoreCase("far"))
                    || (w.equals("to") && k + 1 < t.size() && t.get(k + 1).word().equalsIgnoreCase("date"))) {
                return true;
            }
            if (AUX_HAVE.contains(w)) {
                for (int m = k + 1; m < Math.min(clause[1], k + 4); m++) {
                    if (t.get(m).pos().equals("VBN")) {
                        return true;
                    }
                    if (!t.get(m).pos().equals("RB")) {
                        break;
                    }
                }
            }
        }
        return false;
    }

    /** "in government shelling", "at an anti-government demonstration": the event phrase of a one-off count. */
    static String incidentPhrase(List<Token> t, NumberPhrase n, int[] clause) {
        for (int k = n.end(); k < clause[1] - 1; k++) {
            String w = t.get(k).word().toLowerCase(Locale.ROOT);
            if (!(w.equals("in") || w.equals("during") || w.equals("at") || w.equals("after"))) {
                continue;
            }
            int b = k + 1;
            while (b < clause[1] && (t.get(b).pos().equals("DT") || t.get(b).pos().equals("PRP$")
                    || !t.get(b).ner().equals("O") && !t.get(b).pos().startsWith("NN")
                    || t.get(b).ner().equals("DURATION") || t.get(b).word().equals("of"))) {
                b++;
            }
            int e = b;
            while (e < clause[1] && !t.get(e).ner().equals("DATE") && !t.get(e).ner().equals("TIME")
                    && (t.get(e).pos().startsWith("JJ") || t.get(e).pos().startsWith("NN")
                    || t.get(e).pos().equals("HYPH") || t.get(e).pos().equals("VBG") && e > b)) {
                e++;
            }
            if (e > b) {
                StringBuilder sb = new StringBuilder(w);
                for (int m = b; m < e; m++) {
                    String word = t.get(m).word();
                    sb.append(' ').append(t.get(m).pos().startsWith("NNP") ? word : word.toLowerCase(Locale.ROOT));
                }
                return sb.toString();
            }
        }
        return null;
    }
}
