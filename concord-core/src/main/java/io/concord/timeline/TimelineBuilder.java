package io.concord.timeline;

import io.concord.nlp.AnalyzedArticle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds a story's timeline from its analysed articles. Every sentence that a time expression dates to a
 * specific day or month (or an explicitly written year) inside the story window is a candidate event;
 * candidates with the same date and similar content, from one or several articles, become one entry that
 * lists all their sources. Entries are ordered by date, then by number of sources (most first).
 * Relative expressions are taken as resolved by the analyser against each article's publication date.
 */
public final class TimelineBuilder {
    private final EventMerger merger = new EventMerger();

    public List<TimelineEntry> build(List<AnalyzedArticle> articles) {
        DatedSentenceFinder finder = new DatedSentenceFinder(StoryWindow.around(articles));
        List<DatedSentence> candidates = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            candidates.addAll(finder.find(articles.get(i), i));
        }
        List<List<DatedSentence>> groups = merger.merge(candidates);
        groups.sort(Comparator.<List<DatedSentence>, String>comparing(g -> g.get(0).date().iso())
                .thenComparing(g -> -sources(g).size())
                .thenComparingInt(g -> g.get(0).articleOrder())
                .thenComparingInt(g -> g.get(0).sentence()));
        List<TimelineEntry> entries = new ArrayList<>(groups.size());
        for (List<DatedSentence> g : groups) {
            DatedSentence shown = representative(g);
            entries.add(new TimelineEntry(shown.date().iso(), shown.text(), shown.expression(), sources(g)));
        }
        return entries;
    }

    private static List<String> sources(List<DatedSentence> group) {
        return group.stream().sorted(Comparator.comparingInt(DatedSentence::articleOrder))
                .map(DatedSentence::article).distinct().toList();
    }

    /** The sentence most similar to the rest of its group; among equals, the first reported. */
    private static DatedSentence representative(List<DatedSentence> group) {
        DatedSentence best = group.get(0);
        double bestScore = -1;
        for (DatedSentence s : group) {
            double score = 0;
            for (DatedSentence o : group) {
                if (o != s) {
                    score += EventMerger.similarity(s, o);
                }
            }
            if (score > bestScore + 1e-9) {
                best = s;
                bestScore = score;
            }
        }
        return best;
    }
}
