/**
 * Getting news reports from the web, politely and safely.
 *
 * <p>{@link io.concord.fetch.FeedFetcher} reads RSS/Atom feeds ({@link io.concord.fetch.FeedReader}, ROME, DOCTYPEs
 * refused so XXE and entity bombs cannot work), fetches each item's page with {@link io.concord.fetch.HttpFetcher}
 * and writes news-please JSON Lines that {@code concord brief} reads. The fetcher sends a Concord User-Agent, limits
 * each request's time and size, follows at most a few redirects by hand, honours robots.txt (crawler-commons,
 * RFC 9309) at every hop, makes one request at a time per host with a pause between them, and refuses hosts that
 * resolve to private, loopback, link-local, multicast or reserved addresses unless told otherwise.
 */
package io.concord.fetch;
