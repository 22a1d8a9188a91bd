package io.concord.article;

/** A manifest that cannot be used; the message names the file and the reason. */
public final class ManifestException extends RuntimeException {
    public ManifestException(String message) {
        super(message);
    }

    public ManifestException(String message, Throwable cause) {
        super(message, cause);
    }
}
