package io.concord.fetch;

/**
 * A feed or item that gave no article, and why.
 *
 * @param feed   the feed as given (url or file)
 * @param url    the item's link, or null when the problem is with the feed or the item has none
 * @param reason what went wrong, for the user
 */
public record FetchProblem(String feed, String url, String reason) {
    @Override
    public String toString() {
        return (url != null ? url : feed) + ": " + reason;
    }
}
