package io.concord.timeline;

import io.concord.nlp.AnalyzedArticle;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The span of time a story's events can fall in: from two years before the earliest publication date to
 * one year after the latest. Without any publication date every date is inside.
 */
record StoryWindow(LocalDate from, LocalDate to) {
    static final int YEARS_BEFORE = 2;
    static final int YEARS_AFTER = 1;

    static StoryWindow around(List<AnalyzedArticle> articles) {
        LocalDate min = articles.stream().map(a -> a.article().published()).filter(Objects::nonNull)
                .min(LocalDate::compareTo).orElse(null);
        LocalDate max = articles.stream().map(a -> a.article().published()).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
        if (min == null) {
            return new StoryWindow(LocalDate.MIN, LocalDate.MAX);
        }
        return new StoryWindow(min.minusYears(YEARS_BEFORE), max.plusYears(YEARS_AFTER));
    }

    /** A date is inside when the span it covers overlaps the window. */
    boolean contains(TimexDate date) {
        return !date.last().isBefore(from) && !date.first().isAfter(to);
    }
}
