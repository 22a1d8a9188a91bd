package io.concord.eval.rouge;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Porter (1980) suffix-stripping stemmer in the variant ROUGE-1.5.5 embeds, written from the
 * algorithm's description with that variant's deviations, so that stems agree token for token:
 * <ul>
 *   <li>the measure m of a stem is read with regular expressions in which a consonant is
 *       {@code [^aeiou]} and a vowel {@code [aeiouy]}; a leading 'y' is treated as a consonant;</li>
 *   <li>the "*o" (cvc) conditions of steps 1b and 5 only hold for a whole stem of the shape
 *       consonant-sequence, one vowel, one consonant other than w, x, y;</li>
 *   <li>step 4 (modified by ROUGE's author in 2004) strips {@code -ement} with the other suffixes,
 *       then separately tries {@code -ment}, then {@code -ent} or else {@code -sion}/{@code -tion}, each on
 *       the result of the previous attempt;</li>
 *   <li>step 5b tests m &gt; 1 on the word itself before undoubling a final "ll";</li>
 *   <li>words shorter than three characters are returned unchanged.</li>
 * </ul>
 * Input must be lower case ASCII letters and digits (as ROUGE's tokeniser produces).
 */
final class PorterStemmer {
    // c = consonant, v = vowel; C = consonant sequence, V = vowel sequence (as in the Perl variant).
    private static final String C1 = "[^aeiou]";
    private static final String V1 = "[aeiouy]";
    private static final String CS = C1 + "[^aeiouy]*";
    private static final String VS = V1 + "[aeiou]*";

    private static final Pattern M_GT_0 = Pattern.compile("^(" + CS + ")?" + VS + CS);
    private static final Pattern M_EQ_1 = Pattern.compile("^(" + CS + ")?" + VS + CS + "(" + VS + ")?$");
    private static final Pattern M_GT_1 = Pattern.compile("^(" + CS + ")?" + VS + CS + VS + CS);
    private static final Pattern HAS_VOWEL = Pattern.compile("^(" + CS + ")?" + V1);
    private static final Pattern SHORT_CVC = Pattern.compile("^" + CS + V1 + "[^aeiouwxy]$");

    private static final Pattern STEP1A_SSES_IES = Pattern.compile("(ss|i)es$");
    private static final Pattern STEP1A_S = Pattern.compile("([^s])s$");
    private static final Pattern STEP1B_EED = Pattern.compile("eed$");
    private static final Pattern STEP1B_ED_ING = Pattern.compile("(ed|ing)$");
    private static final Pattern STEP1B_AT_BL_IZ = Pattern.compile("(at|bl|iz)$");
    private static final Pattern STEP1B_DOUBLE = Pattern.compile("([^aeiouylsz])\\1$");
    private static final Pattern STEP2 = Pattern.compile("(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli"
            + "|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$");
    private static final Pattern STEP3 = Pattern.compile("(icate|ative|alize|iciti|ical|ful|ness)$");
    private static final Pattern STEP4 = Pattern.compile(
            "(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$");
    private static final Pattern STEP4_MENT = Pattern.compile("ment$");
    private static final Pattern STEP4_ENT = Pattern.compile("ent$");
    private static final Pattern STEP4_ION = Pattern.compile("(s|t)(ion)$");

    private static final Map<String, String> STEP2_REPLACEMENTS = Map.ofEntries(
            Map.entry("ational", "ate"), Map.entry("tional", "tion"), Map.entry("enci", "ence"),
            Map.entry("anci", "ance"), Map.entry("izer", "ize"), Map.entry("bli", "ble"),
            Map.entry("alli", "al"), Map.entry("entli", "ent"), Map.entry("eli", "e"),
            Map.entry("ousli", "ous"), Map.entry("ization", "ize"), Map.entry("ation", "ate"),
            Map.entry("ator", "ate"), Map.entry("alism", "al"), Map.entry("iveness", "ive"),
            Map.entry("fulness", "ful"), Map.entry("ousness", "ous"), Map.entry("aliti", "al"),
            Map.entry("iviti", "ive"), Map.entry("biliti", "ble"), Map.entry("logi", "log"));
    private static final Map<String, String> STEP3_REPLACEMENTS = Map.of(
            "icate", "ic", "ative", "", "alize", "al", "iciti", "ic", "ical", "ic", "ful", "", "ness", "");

    private PorterStemmer() {
    }

    static String stem(String word) {
        if (word.length() < 3) {
            return word;
        }
        boolean initialY = word.charAt(0) == 'y';
        String w = initialY ? "Y" + word.substring(1) : word;

        w = step1a(w);
        w = step1b(w);
        w = step1c(w);
        w = replaceSuffix(w, STEP2, STEP2_REPLACEMENTS);
        w = replaceSuffix(w, STEP3, STEP3_REPLACEMENTS);
        w = step4(w);
        w = step5(w);

        return initialY ? "y" + w.substring(1) : w;
    }

    private static String step1a(String w) {
        Matcher m = STEP1A_SSES_IES.matcher(w);
        if (m.find()) {
            return w.substring(0, m.start()) + m.group(1);
        }
        m = STEP1A_S.matcher(w);
        if (m.find()) {
            return w.substring(0, m.start()) + m.group(1);
        }
        return w;
    }

    private static String step1b(String w) {
        Matcher m = STEP1B_EED.matcher(w);
        if (m.find()) {
            // "-eed" -> "-ee" when the stem before it has m > 0; otherwise the word stays as it is
            return holds(M_GT_0, w.substring(0, m.start())) ? w.substring(0, w.length() - 1) : w;
        }
        m = STEP1B_ED_ING.matcher(w);
        if (m.find()) {
            String stem = w.substring(0, m.start());
            if (holds(HAS_VOWEL, stem)) {
                w = stem;
                if (holds(STEP1B_AT_BL_IZ, w)) {
                    w = w + "e";
                } else if (holds(STEP1B_DOUBLE, w)) {
                    w = w.substring(0, w.length() - 1);
                } else if (holds(SHORT_CVC, w)) {
                    w = w + "e";
                }
            }
        }
        return w;
    }

    private static String step1c(String w) {
        if (w.endsWith("y")) {
            String stem = w.substring(0, w.length() - 1);
            if (holds(HAS_VOWEL, stem)) {
                return stem + "i";
            }
        }
        return w;
    }

    private static String replaceSuffix(String w, Pattern suffixes, Map<String, String> replacements) {
        Matcher m = suffixes.matcher(w);
        if (m.find()) {
            String stem = w.substring(0, m.start());
            if (holds(M_GT_0, stem)) {
                return stem + replacements.get(m.group(1));
            }
        }
        return w;
    }

    private static String step4(String w) {
        w = stripIfLong(w, STEP4);
        w = stripIfLong(w, STEP4_MENT);
        Matcher m = STEP4_ENT.matcher(w);
        if (m.find()) {
            String stem = w.substring(0, m.start());
            return holds(M_GT_1, stem) ? stem : w;
        }
        m = STEP4_ION.matcher(w);
        if (m.find()) {
            String stem = w.substring(0, m.start()) + m.group(1); // keep the s or t
            return holds(M_GT_1, stem) ? stem : w;
        }
        return w;
    }

    private static String stripIfLong(String w, Pattern suffix) {
        Matcher m = suffix.matcher(w);
        if (m.find()) {
            String stem = w.substring(0, m.start());
            if (holds(M_GT_1, stem)) {
                return stem;
            }
        }
        return w;
    }

    private static String step5(String w) {
        if (w.endsWith("e")) {
            String stem = w.substring(0, w.length() - 1);
            if (holds(M_GT_1, stem) || (holds(M_EQ_1, stem) && !holds(SHORT_CVC, stem))) {
                w = stem;
            }
        }
        if (w.endsWith("ll") && holds(M_GT_1, w)) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static boolean holds(Pattern pattern, String s) {
        return pattern.matcher(s).find();
    }
}
