package io.concord.article;

/** An input that could not be used (or was only partly used), with the reason, for the user to see. */
public record Problem(String path, String reason) {
    @Override
    public String toString() {
        return path + ": " + reason;
    }
}
