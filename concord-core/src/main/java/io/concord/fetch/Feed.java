package io.concord.fetch;

import java.util.List;

/** An RSS or Atom feed as {@link FeedReader} read it: its title (or null) and its entries in feed order. */
public record Feed(String title, List<FeedItem> items) {
    public Feed {
        items = List.copyOf(items);
    }
}
