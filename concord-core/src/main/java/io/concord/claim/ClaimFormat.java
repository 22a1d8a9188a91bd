package io.concord.claim;

import java.util.Locale;
import java.util.Set;

/** Short readable forms of a claim's figure: "7,500+", "~400", "<400", "tens of thousands", "2.5 billion". */
final class ClaimFormat {
    private static final Set<String> LOWER_BOUNDS = Set.of("at least", "more than", "over", "well over",
            "just over", "upwards of", "at least some");
    private static final Set<String> UPPER_BOUNDS = Set.of("almost", "nearly", "up to", "as many as", "at most",
            "close to", "fewer than", "less than", "under");

    private ClaimFormat() {
    }

    static String figure(Claim c) {
        String q = c.qualifier();
        String unitSuffix = "percent".equals(c.unit()) ? "%" : "";
        if (q != null && (q.startsWith("tens") || q.startsWith("hundreds") || q.startsWith("thousands")
                || q.startsWith("dozens") || q.startsWith("scores") || q.startsWith("millions")
                || q.startsWith("billions"))) {
            return q;
        }
        String n = number(c.value()) + unitSuffix;
        if (q == null) {
            return n;
        }
        if (LOWER_BOUNDS.contains(q)) {
            return n + "+";
        }
        if (UPPER_BOUNDS.contains(q)) {
            return "<" + n;
        }
        return "~" + n;
    }

    static String number(double v) {
        if (v >= 1e9 && v % 1e7 == 0) {
            return trim(v / 1e9) + " billion";
        }
        if (v >= 1e6 && v % 1e4 == 0) {
            return trim(v / 1e6) + " million";
        }
        if (v == Math.rint(v)) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return trim(v);
    }

    private static String trim(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
