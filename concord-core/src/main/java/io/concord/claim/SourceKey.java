package io.concord.claim;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Normalised attribution, so that "the U.N.", "the UN" and "United Nations" are one source and "activists",
 * "activist groups" and "opposition activists" are one kind of source.
 * A multi-word capitalised name becomes its initials ("United Nations" → "UN"); dots, determiners and case
 * are dropped; a plural common noun is compared by its singular.
 */
final class SourceKey {
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "some", "several", "many", "two",
            "three", "local", "its", "their");
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "for", "and", "the", "on", "in", "de", "&");

    private SourceKey() {
    }

    /** The key of an attribution; null for none. */
    static String key(String attribution) {
        if (attribution == null || attribution.isBlank()) {
            return null;
        }
        String[] words = attribution.replace(".", "").replace("’s", "").replace("'s", "").strip().split("\\s+");
        int b = 0;
        while (b < words.length - 1 && DETERMINERS.contains(words[b].toLowerCase(Locale.ROOT))) {
            b++;
        }
        words = Arrays.copyOfRange(words, b, words.length);
        int capitalised = 0;
        boolean allNames = true;
        StringBuilder initials = new StringBuilder();
        for (String w : words) {
            if (FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (Character.isUpperCase(w.charAt(0))) {
                capitalised++;
                initials.append(w.charAt(0));
            } else {
                allNames = false;
            }
        }
        if (allNames && capitalised >= 2) {
            return initials.toString().toLowerCase(Locale.ROOT);
        }
        return Arrays.stream(words).map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.joining(" "));
    }

    /** Whether two attributions are the same kind of source: one's words are among the other's. */
    static boolean sameKind(String a, String b) {
        String ka = key(a);
        String kb = key(b);
        if (ka == null || kb == null) {
            return false;
        }
        if (ka.equals(kb)) {
            return true;
        }
        Set<String> wa = stems(ka);
        Set<String> wb = stems(kb);
        return !wa.isEmpty() && !wb.isEmpty() && (wa.containsAll(wb) || wb.containsAll(wa));
    }

    private static Set<String> stems(String key) {
        Set<String> out = new TreeSet<>();
        for (String w : key.split("\\s+")) {
            if (w.isEmpty() || FUNCTION_WORDS.contains(w)) {
                continue;
            }
            out.add(w.endsWith("s") && w.length() > 3 && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w);
        }
        return out;
    }
}
