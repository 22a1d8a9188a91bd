package io.concord.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words and content terms of a sentence, for comparing sentences: lowercased letter/digit runs, English
 * function words removed, a light suffix-stripping stemmer so that "reports", "reported" and "reporting"
 * meet. Language-neutral enough that text in other languages still yields terms (its function words are
 * simply kept).
 */
public final class Terms {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.][\\p{L}\\p{N}]+)*");

    /** Common English function words (closed-class words and a few ubiquitous verbs). */
    private static final Set<String> STOP = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
            "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
            "can", "could", "did", "do", "does", "doing", "down", "during", "each", "either", "else", "even",
            "ever", "every", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her",
            "here", "hers", "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "into", "is",
            "it", "its", "itself", "just", "let", "may", "me", "might", "more", "most", "much", "must", "my",
            "myself", "neither", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or",
            "other", "others", "our", "ours", "ourselves", "out", "over", "own", "per", "rather", "said",
            "same", "say", "says", "shall", "she", "should", "since", "so", "some", "such", "than", "that",
            "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those",
            "though", "through", "thus", "to", "too", "under", "until", "up", "upon", "us", "very", "was", "we",
            "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why",
            "will", "with", "within", "without", "would", "yet", "you", "your", "yours", "yourself",
            "yourselves", "s", "t", "don", "n't", "'s", "like", "get", "got", "told", "according", "many",
            "well", "back", "still", "around", "another", "made", "make", "two");

    private Terms() {
    }

    /** All word tokens of {@code text}, lowercased (numbers kept). */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** Number of whitespace-separated words, the unit of word budgets (as ROUGE's {@code -l} counts). */
    public static int countWords(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** True for a function word. */
    public static boolean isStopword(String lowercaseWord) {
        return STOP.contains(lowercaseWord);
    }

    /** Stemmed content words of {@code text} in order (function words dropped). */
    public static List<String> contentStems(String text) {
        List<String> out = new ArrayList<>();
        for (String w : words(text)) {
            if (!STOP.contains(w) && !(w.length() == 1 && Character.isLetter(w.charAt(0)))) {
                out.add(stem(w));
            }
        }
        return out;
    }

    /** Stemmed words of {@code text} in order, function words included (for bigrams). */
    public static List<String> allStems(String text) {
        List<String> out = new ArrayList<>();
        for (String w : words(text)) {
            out.add(stem(w));
        }
        return out;
    }

    /** A light English stemmer: strips possessives and common inflectional suffixes. */
    public static String stem(String w) {
        if (w.endsWith("'s") || w.endsWith("’s")) {
            w = w.substring(0, w.length() - 2);
        }
        int n = w.length();
        if (n <= 3 || !Character.isLetter(w.charAt(n - 1))) {
            return w;
        }
        if (w.endsWith("ies") && n > 4) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("sses")) {
            return w.substring(0, n - 2);
        }
        if (w.endsWith("ing") && n > 5) {
            return undouble(w.substring(0, n - 3));
        }
        if (w.endsWith("ed") && n > 4) {
            return undouble(w.substring(0, n - 2));
        }
        if (w.endsWith("es") && n > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes"))) {
            return w.substring(0, n - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    private static String undouble(String s) {
        int n = s.length();
        if (n >= 3 && s.charAt(n - 1) == s.charAt(n - 2) && "lsz".indexOf(s.charAt(n - 1)) < 0) {
            return s.substring(0, n - 1);
        }
        if (s.endsWith("at") || s.endsWith("iz") || s.endsWith("bl")) {
            return s + "e";
        }
        return s;
    }
}
