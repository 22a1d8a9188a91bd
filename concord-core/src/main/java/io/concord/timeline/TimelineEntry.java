package io.concord.timeline;

import java.util.List;

/**
 * One dated event of a story.
 *
 * @param date       ISO date with its precision ("2012-02-18", "2012-02", "2012")
 * @param text       one sentence saying what happened
 * @param expression the time expression as written ("Saturday")
 * @param sources    ids of all articles that report the event
 */
public record TimelineEntry(String date, String text, String expression, List<String> sources) {
    public TimelineEntry {
        sources = List.copyOf(sources);
    }
}
