package io.concord.timex;

/** A TimeML file that cannot be read; the message names the file and the reason. */
public final class TimeMlException extends RuntimeException {
    public TimeMlException(String source, String reason, Throwable cause) {
        super(source + ": " + reason, cause);
    }

    public TimeMlException(String source, String reason) {
        super(source + ": " + reason);
    }
}
