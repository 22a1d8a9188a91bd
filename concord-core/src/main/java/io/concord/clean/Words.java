package io.concord.clean;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Content-word keys of a line, for measuring whether two pieces of text are about the same thing. */
final class Words {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’\\-]*");
    /** English function words and reporting verbs: they say nothing about a subject. */
    private static final Set<String> STOP = Set.of(
            "the", "and", "for", "are", "but", "not", "you", "all", "any", "can", "had", "her", "was", "one", "our",
            "out", "has", "have", "his", "how", "its", "may", "new", "now", "old", "see", "two", "who", "did", "get",
            "him", "she", "too", "use", "that", "this", "with", "from", "they", "them", "then", "than", "there",
            "their", "these", "those", "what", "when", "where", "which", "while", "will", "would", "could", "should",
            "been", "being", "were", "into", "onto", "over", "under", "after", "before", "about", "above", "also",
            "just", "only", "very", "more", "most", "much", "many", "some", "such", "other", "each", "every", "both",
            "said", "says", "say", "told", "tell", "according", "since", "least", "less", "even", "still", "back",
            "here", "because", "through", "during", "against", "between", "without", "within", "among", "around",
            "again", "ever", "never", "already", "yet", "per", "via", "off", "own", "same", "well", "way", "year",
            "years", "day", "days", "time", "times", "week", "weeks", "month", "months", "last", "first", "next",
            "made", "make", "makes", "took", "take", "takes", "like", "does", "doing", "done", "set", "put", "went",
            "come", "came", "going", "including", "across", "along", "upon", "whose", "whom", "why", "until", "though",
            "although", "however", "if", "it's", "he's", "she's", "we", "us", "he", "it", "is", "be", "to", "of",
            "in", "on", "at", "by", "or", "as", "an", "a", "no", "so", "do", "up", "my", "me", "i");

    private Words() {
    }

    /** Lower-cased, stemmed-by-prefix content words of {@code text}. */
    static Set<String> keys(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT).replaceAll("['’]s?$", "").replaceAll("['’]s$", "");
            if (w.length() < 3 || STOP.contains(w) || w.chars().allMatch(Character::isDigit)) {
                continue;
            }
            out.add(stem(w));
        }
        return out;
    }

    /** A light suffix stripper: plural, -ing, -ed and a final e go, so "intervening" and "intervene" meet. */
    static String stem(String w) {
        String s = w;
        if (s.endsWith("ies") && s.length() > 4) {
            s = s.substring(0, s.length() - 3) + "y";
        } else if (s.endsWith("sses")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is") && s.length() > 3) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.endsWith("ing") && s.length() > 5) {
            s = s.substring(0, s.length() - 3);
        } else if (s.endsWith("ed") && s.length() > 4) {
            s = s.substring(0, s.length() - 2);
        }
        if (s.endsWith("e") && s.length() > 3) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** Share of {@code line}'s keys that {@code subject} holds; 1 when the line has no content words. */
    static double overlap(Set<String> line, Predicate<String> subject) {
        if (line.isEmpty()) {
            return 1;
        }
        int shared = 0;
        for (String k : line) {
            if (subject.test(k)) {
                shared++;
            }
        }
        return shared / (double) line.size();
    }

    static int count(String line) {
        String s = line.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }
}
