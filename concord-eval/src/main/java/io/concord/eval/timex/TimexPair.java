package io.concord.eval.timex;

import io.concord.timex.Timex;

/** A gold annotation and the system annotation matched to it; either is null when unmatched. */
public record TimexPair(Timex gold, Timex system) {
    public boolean strict() {
        return gold != null && system != null && gold.begin() == system.begin() && gold.end() == system.end();
    }

    public boolean matched() {
        return gold != null && system != null;
    }

    public boolean sameValue() {
        return matched() && gold.value() != null && gold.value().equals(system.value());
    }

    public boolean sameType() {
        return matched() && gold.type() != null && gold.type().equals(system.type());
    }
}
