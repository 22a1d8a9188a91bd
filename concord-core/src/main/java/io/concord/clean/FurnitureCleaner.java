package io.concord.clean;

import io.concord.article.Article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Removes page furniture from articles, keeping every real paragraph intact. Furniture is found by its
 * shape, not by lists of phrases from particular sites:
 * <ul>
 *   <li>share/follow/subscribe prompts, photo captions and credits, topic and tag lists, agency and
 *       copyright credit lines, date stamps, bylines, and headings (short lines that are not sentences);</li>
 *   <li>blocks of links to other stories: a "Related"/"More from X"/"Featured on X" header and the short
 *       lines after it, and a run of three or more short lines at the end that share (almost) no content
 *       words with the rest of the article;</li>
 *   <li>a section label used as the title ("Middle East" before the headline): the headline becomes the title;</li>
 *   <li>lines repeated verbatim across two or more reports of the run (site boilerplate), unless they are
 *       full sentences from reports of different outlets (shared wire copy is content).</li>
 * </ul>
 * Thread-safe.
 */
public final class FurnitureCleaner {
    /** A line of a links block or teaser run has at most this many words. */
    static final int MAX_TEASER_WORDS = 45;
    /** A line shares less than this fraction of its content words with the article: unrelated. */
    static final double UNRELATED = 0.3;
    /** A line without a header before it shares less than this with the article and story: unrelated. */
    static final double UNRELATED_TEASER = 0.15;
    /** A teaser run without a header is only looked for after this many kept lines of article. */
    static final int MIN_BODY_BEFORE_TEASERS = 4;
    /** A teaser run at the end without a header needs at least this many lines. */
    static final int MIN_TEASER_RUN = 3;

    /** Double quotation marks: reported speech, which teasers rarely carry (single-quoted phrases they often do). */
    private static final Pattern QUOTE = Pattern.compile("[\"“”«»]");
    /** A sentence end followed by another sentence within the line. */
    private static final Pattern INNER_SENTENCE_END = Pattern.compile("[.!?][\"'”’)]*\\s+[\"'“‘(]?\\p{Lu}");

    private final LineShape shape = new LineShape();

    /** The articles with furniture removed, in the same order. */
    public List<Article> clean(List<Article> articles) {
        List<Article> out = new ArrayList<>();
        for (Cleaned c : cleanWithReport(articles)) {
            out.add(c.article());
        }
        return out;
    }

    /** The articles with furniture removed, each with the lines removed from it and why. */
    public List<Cleaned> cleanWithReport(List<Article> articles) {
        List<List<String>> lines = new ArrayList<>();
        for (Article a : articles) {
            lines.add(lines(a.text()));
        }
        List<Set<String>> repeated = RepeatedLines.repeatedLines(articles, lines);
        List<Set<String>> keys = new ArrayList<>();
        Map<String, Integer> reportsWith = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            Set<String> k = new HashSet<>(Words.keys(articles.get(i).title() == null ? "" : articles.get(i).title()));
            lines.get(i).forEach(l -> k.addAll(Words.keys(l)));
            keys.add(k);
            k.forEach(w -> reportsWith.merge(w, 1, Integer::sum));
        }
        List<Cleaned> out = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            Set<String> own = keys.get(i);
            Predicate<String> inOtherReports = w -> reportsWith.getOrDefault(w, 0) - (own.contains(w) ? 1 : 0) > 0;
            out.add(clean(articles.get(i), lines.get(i), repeated.get(i), inOtherReports));
        }
        return out;
    }

    private Cleaned clean(Article article, List<String> lines, Set<String> repeated, Predicate<String> story) {
        int n = lines.size();
        String[] why = new String[n];
        String title = article.title();
        List<String> removed = new ArrayList<>();

        // A section label as title, with the headline as the first line of text.
        String firstReason = n > 1 ? shape.reason(lines.get(0)) : "none";
        if (n > 1 && LineShape.isSectionLabel(title) && LineShape.isHeadline(lines.get(0))
                && (firstReason == null || "heading".equals(firstReason))) {
            removed.add("section label: " + title);
            title = lines.get(0);
            why[0] = "headline";
        } else if (n > 1 && title != null && normal(lines.get(0)).equals(normal(title))) {
            why[0] = "repeated headline";
        }

        for (int i = 1; i < n; i++) {
            if (why[i] == null && shape.isBlockHeader(lines.get(i))) {
                markLinksBlock(lines, why, i, title);
            } else if (why[i] == null && shape.isTopicHeader(lines.get(i))) {
                why[i] = "topics";
                for (int j = i + 1; j < n && why[j] == null && LineShape.isHeading(lines.get(j))
                        && !shape.isBlockHeader(lines.get(j)); j++) {
                    why[j] = "topics";
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (why[i] == null) {
                why[i] = shape.reason(lines.get(i));
            }
        }
        markAfterCredit(lines, why);
        markTeaserRun(lines, why, title, story);
        for (int i = 0; i < n; i++) {
            if (why[i] == null && repeated.contains(RepeatedLines.normal(lines.get(i)))) {
                why[i] = "repeated in other reports";
            }
        }

        List<String> kept = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (why[i] == null) {
                String line = LineShape.withoutInlineCredits(lines.get(i));
                if (!line.equals(lines.get(i))) {
                    removed.add("inline credit: " + lines.get(i));
                }
                kept.add(line.isEmpty() ? lines.get(i) : line);
            } else if (!"empty".equals(why[i])) {
                removed.add(why[i] + ": " + lines.get(i));
            }
        }
        if (kept.isEmpty()) {
            return new Cleaned(article, List.of("nothing would be left: kept as it was"));
        }
        Article cleaned = new Article(article.id(), title, String.join("\n\n", kept), article.outlet(), article.url(),
                article.path(), article.author(), article.published(), article.publishedFrom());
        return new Cleaned(cleaned, removed);
    }

    /**
     * A "Related"/"More from" header and the short lines after it: all of them when they run to the end and
     * all look like teasers or link titles; otherwise only those unrelated to the article before the header.
     */
    private static void markLinksBlock(List<String> lines, String[] why, int header, String title) {
        int end = header + 1;
        while (end < lines.size() && Words.count(lines.get(end)) <= MAX_TEASER_WORDS) {
            end++;
        }
        why[header] = "related links";
        boolean allTeasers = true;
        for (int j = header + 1; j < end; j++) {
            allTeasers &= why[j] != null || teaserShaped(lines.get(j)) || LineShape.isHeading(lines.get(j));
        }
        if (end == lines.size() && allTeasers) {
            for (int j = header + 1; j < end; j++) {
                why[j] = why[j] == null ? "related links" : why[j];
            }
            return;
        }
        Set<String> subject = subject(lines, why, title, header);
        for (int j = header + 1; j < end; j++) {
            if (why[j] == null && Words.overlap(Words.keys(lines.get(j)), subject::contains) < UNRELATED) {
                why[j] = "related links";
            }
        }
    }

    /**
     * A run of three or more teaser-shaped lines (one sentence, no quotation, at most
     * {@value #MAX_TEASER_WORDS} words) at the end of an article of some length, each sharing (almost) no
     * content words with the rest of the article and the other reports of the run (teasers share little even
     * with each other). Kept conservative: without a header, only clearly unrelated lines go.
     */
    private static void markTeaserRun(List<String> lines, String[] why, String title, Predicate<String> story) {
        List<Integer> run = new ArrayList<>();
        for (int j = lines.size() - 1; j > 0; j--) {
            if (why[j] != null) {
                continue;
            }
            if (!teaserShaped(lines.get(j))) {
                break;
            }
            Set<String> subject = subjectWithout(lines, why, title, j);
            if (Words.overlap(Words.keys(lines.get(j)), w -> subject.contains(w) || story.test(w)) >= UNRELATED_TEASER) {
                break;
            }
            run.add(j);
        }
        int before = 0;
        for (int i = 0; i < lines.size(); i++) {
            before += why[i] == null && !run.contains(i) ? 1 : 0;
        }
        if (run.size() >= MIN_TEASER_RUN && before >= MIN_BODY_BEFORE_TEASERS) {
            for (int j : run) {
                why[j] = "unrelated teaser";
            }
        }
    }

    /** One sentence without quotation marks, of teaser length. */
    static boolean teaserShaped(String line) {
        int words = Words.count(line);
        return words >= 4 && words <= MAX_TEASER_WORDS && !QUOTE.matcher(line).find()
                && !INNER_SENTENCE_END.matcher(line).find();
    }

    /**
     * Everything after a closing credit ("X and agencies", "© X") in the second half of the article, when all
     * of it is short: a credit closes the report, and what follows it is the page's, not the story's.
     */
    private static void markAfterCredit(List<String> lines, String[] why) {
        int n = lines.size();
        for (int c = n - 2; c >= n / 2 && c > 0; c--) {
            if (!"credit".equals(why[c])) {
                continue;
            }
            for (int j = c + 1; j < n; j++) {
                if (Words.count(lines.get(j)) > MAX_TEASER_WORDS) {
                    return;
                }
            }
            for (int j = c + 1; j < n; j++) {
                why[j] = why[j] == null ? "after the closing credit" : why[j];
            }
            return;
        }
    }

    /** Content-word keys of the title and every kept line but {@code line}: teasers share little even with each other. */
    private static Set<String> subjectWithout(List<String> lines, String[] why, String title, int line) {
        Set<String> keys = new HashSet<>(title == null ? Set.of() : Words.keys(title));
        for (int i = 0; i < lines.size(); i++) {
            if (why[i] == null && i != line) {
                keys.addAll(Words.keys(lines.get(i)));
            }
        }
        return keys;
    }

    /** Content-word keys of the title and the kept lines before {@code before}. */
    private static Set<String> subject(List<String> lines, String[] why, String title, int before) {
        Set<String> keys = new HashSet<>(title == null ? Set.of() : Words.keys(title));
        for (int i = 0; i < before; i++) {
            if (why[i] == null) {
                keys.addAll(Words.keys(lines.get(i)));
            }
        }
        return keys;
    }

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        for (String l : text.split("\\R")) {
            if (!l.isBlank()) {
                out.add(l.strip());
            }
        }
        return out;
    }

    private static String normal(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
