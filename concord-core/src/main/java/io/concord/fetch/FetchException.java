package io.concord.fetch;

/** A feed or page that could not be fetched or read; the message is the reason, written for the user. */
public final class FetchException extends Exception {
    public FetchException(String reason) {
        super(reason);
    }
}
