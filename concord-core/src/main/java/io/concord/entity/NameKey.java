package io.concord.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalised forms of a name, used to decide whether two surface forms can name the same referent:
 * a comparison key ("Bashar al-Assad" and "Bashar Assad's" both give "bashar assad"), acronym letters and
 * initials ("U.N." and "United Nations" both give "un"), and a transliteration skeleton that ignores the
 * vowels and doubled letters on which romanised Arabic, Persian or Chinese names vary ("Baba Amro" and
 * "Bab Amr" both give "bb mr").
 */
final class NameKey {
    private NameKey() {
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern QUOTES = Pattern.compile("[’‘`´ʼ]");
    private static final Pattern POSSESSIVE = Pattern.compile("(?i)(?:['’]s|(?<=s)['’])$");
    /** Arabic definite-article particles attached with a hyphen or apostrophe: al-, el-, ad-, ash-, ez-, ... */
    private static final Pattern PARTICLE_PREFIX =
            Pattern.compile("^(?:al|el|ul|ash|esh|adh|a[dnrstz]|e[dnrstz])[-‐‑'](?=\\p{L}{2})");
    private static final Pattern SEPARATORS = Pattern.compile("[-‐‑–—/_]");
    private static final Pattern DROPPED = Pattern.compile("[.']");
    private static final Pattern OTHER = Pattern.compile("[^\\p{L}\\p{N} ]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ACRONYM = Pattern.compile("(?:\\p{Lu}\\.){2,6}|\\p{Lu}{2,6}|\\p{Lu}(?:\\.\\p{Lu}){1,5}");

    /** Legal-form suffixes of company names, dropped from keys ("Apple Inc." and "Apple" share a key). */
    private static final java.util.Set<String> COMPANY_DESIGNATORS = java.util.Set.of("inc", "incorporated",
            "corp", "co", "ltd", "llc", "llp", "plc", "ag", "sa", "nv", "gmbh", "spa", "bv", "ab", "asa", "oyj",
            "pty", "lp", "limited", "corporation", "company");

    /** The surface form without a trailing possessive ("Assad's" → "Assad", "Reuters'" → "Reuters"). */
    static String stripPossessive(String surface) {
        return POSSESSIVE.matcher(surface.strip()).replaceFirst("").strip();
    }

    /**
     * The comparison key: lower case, without accents, Arabic particles, punctuation, a possessive, a leading
     * "the" or a trailing company designator ("Inc.", "Corp.", "Ltd").
     */
    static String key(String surface) {
        String s = stripPossessive(surface);
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        s = QUOTES.matcher(s).replaceAll("'").toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String raw : SPACES.split(s.strip())) {
            String t = PARTICLE_PREFIX.matcher(raw).replaceFirst("");
            t = SEPARATORS.matcher(t).replaceAll(" ");
            t = t.replace("&", " and ");
            t = DROPPED.matcher(t).replaceAll("");
            t = OTHER.matcher(t).replaceAll(" ").strip();
            if (!t.isEmpty()) {
                out.addAll(Arrays.asList(SPACES.split(t)));
            }
        }
        if (out.size() > 1) {
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < out.size(); i++) {
                String t = out.get(i);
                boolean particle = (t.equals("al") || t.equals("el")) && i < out.size() - 1;
                boolean article = i == 0 && t.equals("the");
                boolean designator = i == out.size() - 1 && i > 0 && COMPANY_DESIGNATORS.contains(t);
                if (!particle && !article && !designator) {
                    kept.add(t);
                }
            }
            if (!kept.isEmpty()) {
                out = kept;
            }
        }
        return String.join(" ", out);
    }

    /** The tokens of a key. */
    static List<String> tokens(String key) {
        return key.isEmpty() ? List.of() : List.of(key.split(" "));
    }

    /** True for a form written as an acronym: "UN", "U.N.", "NATO" (2 to 6 capital letters). */
    static boolean isAcronym(String surface) {
        return ACRONYM.matcher(stripPossessive(surface)).matches();
    }

    /**
     * The lower-case initials of the capitalised words of a multi-word name ("United Nations" → "un",
     * "Islamic State of Iraq and the Levant" → "isil"), or "" when it has fewer than two capitalised words.
     */
    static String initials(String surface) {
        StringBuilder sb = new StringBuilder();
        List<String> words = new ArrayList<>(Arrays.asList(SPACES.split(stripPossessive(surface))));
        if (words.size() > 2 && COMPANY_DESIGNATORS.contains(
                DROPPED.matcher(words.get(words.size() - 1).toLowerCase(Locale.ROOT)).replaceAll(""))) {
            words.remove(words.size() - 1);
        }
        for (String w : words) {
            for (String part : SEPARATORS.split(w)) {
                if (!part.isEmpty() && Character.isUpperCase(part.codePointAt(0))
                        && !(part.length() <= 3 && part.equalsIgnoreCase("al"))) {
                    sb.appendCodePoint(Character.toLowerCase(part.codePointAt(0)));
                }
            }
        }
        return sb.length() >= 2 ? sb.toString() : "";
    }

    /**
     * The transliteration skeleton of a key: per token, digraphs folded (ph→f, th→t, kh→k, dh→d, gh→g,
     * sh→s, q/c/ck/g→k), non-initial h and all vowels (a e i o u y) dropped, doubled letters collapsed.
     */
    static String skeleton(String key) {
        List<String> out = new ArrayList<>();
        for (String t : tokens(key)) {
            out.add(tokenSkeleton(t));
        }
        return String.join(" ", out);
    }

    static String tokenSkeleton(String token) {
        String t = token.replace("ph", "f").replace("ck", "k").replace("th", "t").replace("kh", "k")
                .replace("dh", "d").replace("gh", "g").replace("sh", "s").replace('q', 'k').replace('c', 'k')
                .replace('g', 'k');
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ("aeiouy".indexOf(c) >= 0 || (c == 'h' && i > 0)) {
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) == c) {
                continue;
            }
            sb.append(c);
        }
        return sb.length() == 0 ? token : sb.toString();
    }

    /**
     * True for a mention that cannot be a name: fewer than two letters, all lower case (scripts without case are kept),
     * or no letters at all (numbers, punctuation).
     */
    static boolean isJunk(String surface) {
        String s = stripPossessive(surface);
        int letters = 0;
        boolean upper = false;
        boolean lower = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                upper |= Character.isUpperCase(c) || Character.isTitleCase(c);
                lower |= Character.isLowerCase(c);
            }
        }
        return letters < 2 || (lower && !upper) || key(s).isEmpty();
    }
}
