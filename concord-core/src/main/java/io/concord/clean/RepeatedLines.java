package io.concord.clean;

import io.concord.article.Article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Site boilerplate: lines repeated verbatim across reports of a run. A shared line counts only when it is not
 * a full sentence, is short, or is shared with a report of the same outlet; reports that share three in five
 * of their lines are copies of one report, and their shared lines are content.
 */
final class RepeatedLines {
    /** Repeated full sentences shorter than this are boilerplate even across outlets. */
    static final int MIN_SHARED_SENTENCE_WORDS = 8;

    private RepeatedLines() {
    }

    static String normal(String line) {
        return line.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /**
     * For each article, the normalised lines it shares with another report that is not a near-duplicate of
     * it, and that are boilerplate: not full sentences, short, or shared with a report of the same outlet.
     */
    static List<Set<String>> repeatedLines(List<Article> articles, List<List<String>> lines) {
        Map<String, Set<Integer>> where = new HashMap<>();
        List<Set<String>> sets = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Set<String> s = new LinkedHashSet<>();
            for (String l : lines.get(i)) {
                s.add(normal(l));
            }
            sets.add(s);
            for (String l : s) {
                where.computeIfAbsent(l, k -> new HashSet<>()).add(i);
            }
        }
        List<Set<String>> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Set<String> mine = new HashSet<>();
            for (String l : sets.get(i)) {
                for (int j : where.get(l)) {
                    if (j != i && !nearDuplicates(sets.get(i), sets.get(j)) && boilerplate(l, articles.get(i), articles.get(j))) {
                        mine.add(l);
                        break;
                    }
                }
            }
            out.add(mine);
        }
        return out;
    }

    private static boolean boilerplate(String line, Article a, Article b) {
        return LineShape.isHeading(line) || Words.count(line) < MIN_SHARED_SENTENCE_WORDS
                || a.outlet() != null && Objects.equals(a.outlet(), b.outlet());
    }

    /** Two reports sharing three in five of their lines are copies of one report: their shared lines are content. */
    private static boolean nearDuplicates(Set<String> a, Set<String> b) {
        int shared = 0;
        for (String l : a) {
            if (b.contains(l)) {
                shared++;
            }
        }
        return shared * 5 >= Math.min(a.size(), b.size()) * 3;
    }
}
