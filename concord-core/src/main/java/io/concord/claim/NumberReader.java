package io.concord.claim;

import io.concord.nlp.Token;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the number phrase that starts at a token: digits ("1,800", "2.5 billion", "3m"), number words
 * ("two hundred and fifty", "a dozen"), vague counts ("hundreds", "tens of thousands"), money ("$2.5 billion",
 * "300 million yuan") and percentages ("40 percent", "40%"). It does not judge whether the number is a claim.
 */
final class NumberReader {
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));
    private static final Map<String, Double> SCALES = Map.of(
            "hundred", 1e2, "thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12,
            "m", 1e6, "mn", 1e6, "bn", 1e9, "k", 1e3);
    private static final Map<String, Double> VAGUE = Map.of(
            "dozens", 12.0, "scores", 20.0, "tens", 10.0, "hundreds", 100.0, "thousands", 1000.0,
            "millions", 1e6, "billions", 1e9);
    private static final Map<String, String> CURRENCY_SYMBOLS = Map.of(
            "$", "dollars", "us$", "dollars", "€", "euros", "£", "pounds", "¥", "yen", "₹", "rupees");
    private static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(
            Map.entry("dollar", "dollars"), Map.entry("dollars", "dollars"), Map.entry("euro", "euros"),
            Map.entry("euros", "euros"), Map.entry("sterling", "pounds"),
            Map.entry("yuan", "yuan"), Map.entry("yen", "yen"), Map.entry("rupees", "rupees"),
            Map.entry("francs", "francs"), Map.entry("rubles", "rubles"), Map.entry("roubles", "rubles"));
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?");
    private static final Pattern DIGITS_SCALED = Pattern.compile("(\\d+(?:\\.\\d+)?)(m|bn|k)");
    private static final Set<String> PERCENT_WORDS = Set.of("percent", "%", "pct");

    private NumberReader() {
    }

    /** Whether a token can start a number phrase. */
    static boolean startsNumber(List<Token> tokens, int i) {
        return read(tokens, i) != null;
    }

    /** The number phrase starting at token {@code i}, or null when none starts there. */
    static NumberPhrase read(List<Token> tokens, int i) {
        int start = i;
        String currency = null;
        String w = lower(tokens, i);
        if (w.isEmpty()) {
            return null;
        }
        if (CURRENCY_SYMBOLS.containsKey(w)) {
            currency = CURRENCY_SYMBOLS.get(w);
            i++;
            w = lower(tokens, i);
            if (w.isEmpty()) {
                return null;
            }
        }
        double value;
        String vague = null;
        int k;
        if (VAGUE.containsKey(w)) {
            // "hundreds", "tens of thousands", "hundreds of millions"
            value = VAGUE.get(w);
            vague = tokens.get(i).word().toLowerCase(Locale.ROOT);
            k = i + 1;
            if ("of".equals(lower(tokens, k)) && VAGUE.containsKey(lower(tokens, k + 1))
                    && VAGUE.get(lower(tokens, k + 1)) > value) {
                value = value * VAGUE.get(lower(tokens, k + 1));
                vague = vague + " of " + lower(tokens, k + 1);
                k += 2;
            }
            if ("tens".equals(vague)) {
                return null; // "tens" alone is not a count
            }
        } else if (DIGITS.matcher(tokens.get(i).word()).matches()) {
            value = Double.parseDouble(tokens.get(i).word().replace(",", ""));
            k = i + 1;
            while (SCALES.containsKey(lower(tokens, k)) && !"m".equals(lower(tokens, k))) {
                value *= SCALES.get(lower(tokens, k));
                k++;
            }
        } else if (DIGITS_SCALED.matcher(w).matches()) {
            var m = DIGITS_SCALED.matcher(w);
            m.matches();
            value = Double.parseDouble(m.group(1)) * SCALES.get(m.group(2));
            k = i + 1;
        } else if (UNITS.containsKey(w) || (w.equals("a") && "dozen".equals(lower(tokens, i + 1)))
                || (w.equals("a") && SCALES.containsKey(lower(tokens, i + 1)) && isWordScale(lower(tokens, i + 1)))) {
            long total = 0;
            long current = 0;
            k = i;
            boolean any = false;
            while (k < tokens.size()) {
                String t = lower(tokens, k);
                if (t.equals("a") && !any) {
                    current = 1;
                    k++;
                    continue;
                }
                if (UNITS.containsKey(t)) {
                    current += UNITS.get(t);
                } else if (t.equals("dozen")) {
                    current = Math.max(current, 1) * 12;
                } else if (isWordScale(t)) {
                    long scale = SCALES.get(t).longValue();
                    current = Math.max(current, 1);
                    if (scale == 100) {
                        current *= 100;
                    } else {
                        total += current * scale;
                        current = 0;
                    }
                } else if (t.equals("and") && any && k + 1 < tokens.size() && UNITS.containsKey(lower(tokens, k + 1))) {
                    k++;
                    continue;
                } else if (t.equals("-") && any && k + 1 < tokens.size() && UNITS.containsKey(lower(tokens, k + 1))) {
                    k++;
                    continue;
                } else {
                    break;
                }
                any = true;
                k++;
            }
            if (!any) {
                return null;
            }
            value = total + current;
        } else {
            return null;
        }
        boolean percent = false;
        String next = lower(tokens, k);
        if (PERCENT_WORDS.contains(next)) {
            percent = true;
            k++;
        } else if ("per".equals(next) && "cent".equals(lower(tokens, k + 1))) {
            percent = true;
            k += 2;
        } else if (currency == null && CURRENCY_WORDS.containsKey(next)) {
            currency = CURRENCY_WORDS.get(next);
            k++;
        }
        return new NumberPhrase(value, vague, currency, percent, start, k);
    }

    private static boolean isWordScale(String w) {
        return SCALES.containsKey(w) && w.length() > 2;
    }

    /** The lower-case word at {@code i}, or "" past either end (immutable maps reject null keys). */
    private static String lower(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).word().toLowerCase(Locale.ROOT) : "";
    }
}
