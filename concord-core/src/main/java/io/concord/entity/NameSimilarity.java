package io.concord.entity;

import java.util.List;

/**
 * Decides whether two name keys ({@link NameKey#key}) are spelling variants of one name, as transliterated
 * names often are ("Bab Amr", "Baba Amr", "Baba Amro"; "Gaddafi", "Qaddafi"), without confusing different
 * names that look alike ("Homs" and "Hama", "Iraq" and "Iran", "Sergei Ryabkov" and "Sergei Lavrov").
 *
 * <p>Tokens are compared in order and must start with letters of one class ({@link #initialClass}).
 * A {@link Match#STRONG} match has the same number of tokens, the same transliteration skeleton, an
 * edit distance of at most 30% of the longer name once vowels are folded together (35% without folding),
 * on names of six letters or more. Shorter names with the
 * same skeleton, and names of seven letters or more one edit or transposition apart ("Chrylser") with a
 * Jaro-Winkler similarity of at least 0.92, are only a {@link Match#WEAK} match: the caller merges them when their contexts agree.
 */
final class NameSimilarity {
    private NameSimilarity() {
    }

    enum Match { NONE, WEAK, STRONG }

    static final double MAX_EDIT_RATIO = 0.30;
    static final double MAX_RAW_EDIT_RATIO = 0.35;
    static final double MIN_JARO_WINKLER = 0.92;

    /** The name with every vowel written as "a": vowels are what transliterations disagree on most. */
    static String foldVowels(String s) {
        return s.replaceAll("[aeiouy]", "a");
    }

    static Match compare(String keyA, String keyB) {
        if (keyA.equals(keyB)) {
            return Match.STRONG;
        }
        List<String> ta = NameKey.tokens(keyA);
        List<String> tb = NameKey.tokens(keyB);
        if (ta.size() != tb.size() || ta.isEmpty()) {
            return Match.NONE;
        }
        for (int i = 0; i < ta.size(); i++) {
            String x = ta.get(i);
            String y = tb.get(i);
            if (isNisba(x, y) || isNisba(y, x) || hasDigit(x) != hasDigit(y)) {
                return Match.NONE;
            }
            if (!x.equals(y) && (editRatio(x, y) > 0.5 || initialClass(x) != initialClass(y))) {
                return Match.NONE;
            }
        }
        String a = keyA.replace(" ", "");
        String b = keyB.replace(" ", "");
        int minLen = Math.min(a.length(), b.length());
        if (hasDigit(a) || minLen < 4) {
            return Match.NONE;
        }
        String sa = NameKey.skeleton(keyA);
        String sb = NameKey.skeleton(keyB);
        if (sa.equals(sb) && editRatio(foldVowels(a), foldVowels(b)) <= MAX_EDIT_RATIO
                && editRatio(a, b) <= MAX_RAW_EDIT_RATIO) {
            return minLen >= 6 ? Match.STRONG : Match.WEAK;
        }
        if (minLen >= 7 && osa(a, b) == 1 && jaroWinkler(a, b) >= MIN_JARO_WINKLER) {
            return Match.WEAK;
        }
        return Match.NONE;
    }

    /**
     * The class of a token's first letter: vowels (with y) are one class, as are g, q, k and c
     * ("Gaddafi", "Qaddafi", "Kadhafi"); other letters are their own class. Transliterations keep it;
     * "Eastern" and "Southern" do not share it.
     */
    static char initialClass(String token) {
        char c = token.charAt(0);
        if ("aeiouy".indexOf(c) >= 0) {
            return 'a';
        }
        return "gqc".indexOf(c) >= 0 ? 'k' : c;
    }

    /** Optimal string alignment distance: Levenshtein plus transposition of adjacent letters. */
    static int osa(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** "homsi" is "homs" + the Arabic relational suffix: a person from Homs, not Homs. */
    private static boolean isNisba(String longer, String shorter) {
        return longer.length() == shorter.length() + 1 && longer.startsWith(shorter)
                && (longer.endsWith("i") || longer.endsWith("y"));
    }

    private static boolean hasDigit(String s) {
        return s.chars().anyMatch(Character::isDigit);
    }

    /** Levenshtein distance divided by the length of the longer string. */
    static double editRatio(String a, String b) {
        int max = Math.max(a.length(), b.length());
        return max == 0 ? 0 : (double) levenshtein(a, b) / max;
    }

    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Jaro-Winkler similarity (prefix scale 0.1, prefix of at most four characters). */
    static double jaroWinkler(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
        boolean[] ma = new boolean[a.length()];
        boolean[] mb = new boolean[b.length()];
        int matches = 0;
        for (int i = 0; i < a.length(); i++) {
            int lo = Math.max(0, i - window);
            int hi = Math.min(b.length() - 1, i + window);
            for (int j = lo; j <= hi; j++) {
                if (!mb[j] && a.charAt(i) == b.charAt(j)) {
                    ma[i] = true;
                    mb[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transpositions = 0;
        int k = 0;
        for (int i = 0; i < a.length(); i++) {
            if (ma[i]) {
                while (!mb[k]) {
                    k++;
                }
                if (a.charAt(i) != b.charAt(k)) {
                    transpositions++;
                }
                k++;
            }
        }
        double m = matches;
        double jaro = (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3.0;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(a.length(), b.length())) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
