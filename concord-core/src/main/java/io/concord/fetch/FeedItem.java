package io.concord.fetch;

import java.time.LocalDate;

/**
 * One entry of a feed.
 *
 * @param title     the entry's title, or null
 * @param link      the page it points to (absolute when the feed's url was known), or null
 * @param published its publication (else update) date in UTC, or null
 */
public record FeedItem(String title, String link, LocalDate published) {
}
