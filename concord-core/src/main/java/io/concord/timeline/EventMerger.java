package io.concord.timeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Groups dated sentences that report the same event: same date and similar content. Two sentences are
 * similar when their content words overlap (Dice coefficient) enough, or when they share named entities
 * and some content words, or when the date is a day and the words right next to the expressions match
 * ("boycott a February 26 referendum" / "ahead of a Feb. 26 referendum"). A sentence joins the group holding its most similar sentence (single link).
 */
final class EventMerger {
    /** Dice overlap of content words that on its own makes two sentences one event. */
    static final double WORDS_ALONE = 0.34;
    /** Dice overlap that suffices when the sentences also share at least two named entities. */
    static final double WORDS_WITH_NAMES = 0.15;
    /** Dice overlap that suffices for a day-precise date when the words next to the expression match. */
    static final double WORDS_WITH_ANCHOR = 0.1;

    List<List<DatedSentence>> merge(List<DatedSentence> sentences) {
        List<List<DatedSentence>> groups = new ArrayList<>();
        for (DatedSentence s : sentences) {
            List<DatedSentence> best = null;
            double bestScore = 0;
            for (List<DatedSentence> g : groups) {
                if (!g.get(0).date().iso().equals(s.date().iso())) {
                    continue;
                }
                for (DatedSentence member : g) {
                    double score = similarity(member, s);
                    if (sameEvent(member, s) && score > bestScore) {
                        best = g;
                        bestScore = score;
                    }
                }
            }
            if (best == null) {
                List<DatedSentence> g = new ArrayList<>();
                g.add(s);
                groups.add(g);
            } else {
                best.add(s);
            }
        }
        return groups;
    }

    static boolean sameEvent(DatedSentence a, DatedSentence b) {
        if (a.article().equals(b.article()) && a.sentence() == b.sentence()) {
            return true;
        }
        double dice = dice(a.words(), b.words());
        boolean day = a.date().precision() == TimexDate.Precision.DAY;
        return dice >= WORDS_ALONE
                || (dice >= WORDS_WITH_NAMES && shared(a.names(), b.names()) >= 2)
                || (day && dice >= WORDS_WITH_ANCHOR && shared(a.anchors(), b.anchors()) >= 1);
    }

    static double similarity(DatedSentence a, DatedSentence b) {
        return dice(a.words(), b.words()) + 0.1 * shared(a.names(), b.names());
    }

    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        return 2.0 * shared(a, b) / (a.size() + b.size());
    }

    private static int shared(Set<String> a, Set<String> b) {
        Set<String> c = new HashSet<>(a);
        c.retainAll(b);
        return c.size();
    }
}
