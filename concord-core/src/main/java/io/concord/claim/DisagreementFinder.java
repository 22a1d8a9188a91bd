package io.concord.claim;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Groups claims on one subject and reports the groups whose figures, sources or dates differ.
 *
 * <ul>
 *   <li>Claims group when their subjects are equal (ignoring case); {@link ClaimExtractor} makes subjects
 *       canonical (unit class + event + scope), so the nationwide toll and a toll for one city stay apart.</li>
 *   <li>{@code kind}: "value" when figures differ (a vague count such as "hundreds" agrees with any figure in
 *       its range), else "attribution" when the same figure comes from different sources, else "date" when
 *       the same figure is dated differently by the text. Groups that agree on all three are not reported.</li>
 *   <li>{@code relation}: "conflict" when two figures differ at about the same time (two days or less
 *       apart), or a later figure is lower than an earlier one; otherwise "update" (later reports give higher
 *       running totals). Sources are compared by {@link SourceKey}: "the U.N." and "the UN" are one source.</li>
 *   <li>A claim's date is its {@code asOf}, or its article's publication date when it has none.</li>
 * </ul>
 */
public final class DisagreementFinder {
    private static final long SAME_TIME_DAYS = 2;

    /**
     * @param claims             the story's claims; the returned indices point into this list
     * @param publishedByArticle publication date of each article id (missing or null when unknown)
     */
    public List<Disagreement> find(List<Claim> claims, Map<String, LocalDate> publishedByArticle) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            groups.computeIfAbsent(claims.get(i).subject().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(i);
        }
        List<Disagreement> out = new ArrayList<>();
        for (List<Integer> group : groups.values()) {
            Disagreement d = judge(claims, group, publishedByArticle == null ? Map.of() : publishedByArticle);
            if (d != null) {
                out.add(d);
            }
        }
        return out;
    }

    private Disagreement judge(List<Claim> all, List<Integer> group, Map<String, LocalDate> published) {
        if (group.size() < 2) {
            return null;
        }
        List<Claim> cs = group.stream().map(all::get).toList();
        String kind = null;
        boolean conflict = false;
        for (int a = 0; a < cs.size(); a++) {
            for (int b = a + 1; b < cs.size(); b++) {
                if (!compatible(cs.get(a), cs.get(b)) && !sameReport(cs.get(a), cs.get(b))) {
                    kind = "value";
                    conflict |= isConflict(cs.get(a), cs.get(b), published);
                }
            }
        }
        if (kind == null) {
            if (differentSources(cs)) {
                kind = "attribution";
                conflict = true;
            } else if (differentTextDates(cs, published)) {
                kind = "date";
                conflict = true;
            } else {
                return null;
            }
        }
        String relation = conflict ? "conflict" : "update";
        return new Disagreement(cs.get(0).subject(), group, kind, relation, explain(cs, published));
    }

    /** Whether two figures agree: equal, or one is a vague count whose range holds the other. */
    static boolean compatible(Claim a, Claim b) {
        if (a.value() == b.value()) {
            return true;
        }
        return inVagueRange(a, b.value()) || inVagueRange(b, a.value());
    }

    private static boolean inVagueRange(Claim vague, double v) {
        String q = vague.qualifier();
        if (q == null || !q.matches("(tens|hundreds|thousands|dozens|scores|millions|billions).*")) {
            return false;
        }
        double upper = q.startsWith("dozens") ? 100 : q.startsWith("scores") ? 200 : vague.value() * 10;
        return v >= vague.value() && v < upper;
    }

    private static boolean isConflict(Claim a, Claim b, Map<String, LocalDate> published) {
        LocalDate da = date(a, published);
        LocalDate db = date(b, published);
        if (da == null || db == null || Math.abs(ChronoUnit.DAYS.between(da, db)) <= SAME_TIME_DAYS) {
            return true;
        }
        Claim earlier = da.isBefore(db) ? a : b;
        Claim later = earlier == a ? b : a;
        return later.value() < earlier.value();
    }

    /** One article giving two figures from one source describes two things, not two versions of one. */
    private static boolean sameReport(Claim a, Claim b) {
        return a.article().equals(b.article()) && sameSource(a, b);
    }

    private static boolean sameSource(Claim a, Claim b) {
        if (a.attribution() == null && b.attribution() == null) {
            return a.article().equals(b.article());
        }
        return SourceKey.sameKind(a.attribution(), b.attribution());
    }

    private static boolean differentSources(List<Claim> cs) {
        List<String> keys = cs.stream().map(c -> SourceKey.key(c.attribution())).filter(Objects::nonNull).toList();
        for (int a = 0; a < keys.size(); a++) {
            for (int b = a + 1; b < keys.size(); b++) {
                if (!keys.get(a).equals(keys.get(b))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean differentTextDates(List<Claim> cs, Map<String, LocalDate> published) {
        return cs.stream().filter(c -> c.asOf() != null && published.get(c.article()) != null
                        && !c.asOf().equals(published.get(c.article()).toString()))
                .map(Claim::asOf).distinct().count() > 1;
    }

    /** The date a claim speaks for: its asOf (a partial date counts as its first day), else publication. */
    static LocalDate date(Claim c, Map<String, LocalDate> published) {
        String v = c.asOf();
        if (v != null) {
            try {
                if (v.length() == 10) {
                    return LocalDate.parse(v);
                }
                if (v.length() == 7) {
                    return YearMonth.parse(v).atDay(1);
                }
                if (v.length() == 4) {
                    return LocalDate.of(Integer.parseInt(v), 1, 1);
                }
            } catch (DateTimeParseException | NumberFormatException e) {
                // fall through to the publication date
            }
        }
        return published.get(c.article());
    }

    /**
     * "the U.N. 5,400+ (2012-02-17) → the UN 7,500+ (2012-03-06), an update; activists 8,000+ (2012-03-06);
     * conflict: activists vs the UN (2012-03-06)".
     */
    private static String explain(List<Claim> cs, Map<String, LocalDate> published) {
        Comparator<Claim> byDate = Comparator.comparing((Claim c) -> date(c, published),
                Comparator.nullsLast(Comparator.naturalOrder()));
        List<List<Claim>> chains = new ArrayList<>();
        for (Claim c : cs.stream().sorted(byDate).toList()) {
            List<Claim> chain = chains.stream().filter(ch -> sameSource(ch.get(0), c)).findFirst().orElse(null);
            if (chain == null) {
                chain = new ArrayList<>();
                chains.add(chain);
            }
            chain.add(c);
        }
        List<String> parts = new ArrayList<>();
        for (List<Claim> chain : chains) {
            StringBuilder sb = new StringBuilder();
            Claim prev = null;
            boolean rising = false;
            boolean falling = false;
            for (Claim c : chain) {
                if (prev != null && compatible(prev, c) && Objects.equals(prev.asOf(), c.asOf())
                        && Objects.equals(SourceKey.key(prev.attribution()), SourceKey.key(c.attribution()))) {
                    continue;
                }
                if (prev != null && date(prev, published) != null && date(c, published) != null) {
                    sb.append(" → ");
                    rising |= c.value() > prev.value();
                    falling |= c.value() < prev.value();
                } else if (prev != null) {
                    sb.append(" / "); // no dates: the order of the figures is unknown, so no trend is claimed
                }
                boolean showSource = prev == null || !Objects.equals(prev.attribution(), c.attribution());
                sb.append(label(c, showSource, published));
                prev = c;
            }
            if (rising && !falling) {
                sb.append(", an update");
            } else if (falling) {
                sb.append(", revised down");
            }
            parts.add(sb.toString());
        }
        List<String> conflicts = new ArrayList<>();
        java.util.Set<String> pairs = new java.util.HashSet<>();
        for (int a = 0; a < cs.size(); a++) {
            for (int b = a + 1; b < cs.size(); b++) {
                Claim x = cs.get(a);
                Claim y = cs.get(b);
                if (!compatible(x, y) && !sameSource(x, y) && isConflict(x, y, published)) {
                    String kx = String.valueOf(SourceKey.key(x.attribution())) + "|" + source(x);
                    String ky = String.valueOf(SourceKey.key(y.attribution())) + "|" + source(y);
                    String key = kx.compareTo(ky) < 0 ? kx + "#" + ky : ky + "#" + kx;
                    if (pairs.add(key) && conflicts.size() < 3) {
                        conflicts.add(source(y) + " vs " + source(x) + " (" + when(y, published) + ")");
                    }
                }
            }
        }
        String text = String.join("; ", parts);
        return conflicts.isEmpty() ? text : text + "; conflict: " + String.join(", ", conflicts);
    }

    private static String label(Claim c, boolean showSource, Map<String, LocalDate> published) {
        String figure = ClaimFormat.figure(c) + " (" + when(c, published) + ")";
        return showSource ? source(c) + " " + figure : figure;
    }

    private static String source(Claim c) {
        return c.attribution() != null ? c.attribution() : "unattributed in " + c.article();
    }

    private static String when(Claim c, Map<String, LocalDate> published) {
        if (c.asOf() != null) {
            return c.asOf();
        }
        LocalDate d = published.get(c.article());
        return d == null ? "undated" : d.toString();
    }
}
