package io.concord.fetch;

import java.net.URI;
import java.util.Objects;

/**
 * A response {@link HttpFetcher} got after following redirects.
 *
 * @param requested   the url asked for
 * @param url         the url that answered (after redirects)
 * @param status      its HTTP status (never a redirect)
 * @param contentType its Content-Type header, or null
 * @param body        its body (not copied: do not change it)
 * @param redirects   how many redirects were followed
 */
public record Fetched(URI requested, URI url, int status, String contentType, byte[] body, int redirects) {
    public Fetched {
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(body, "body");
    }

    public boolean ok() {
        return status >= 200 && status < 300 && status != 204;
    }
}
