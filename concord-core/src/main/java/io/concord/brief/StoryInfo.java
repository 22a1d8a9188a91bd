package io.concord.brief;

import java.util.List;

/** The head of a brief: a title for the story, how many articles and outlets, and the span of dates. */
public record StoryInfo(String title, int articleCount, List<String> outlets, String from, String to) {
    public StoryInfo {
        outlets = List.copyOf(outlets);
    }
}
