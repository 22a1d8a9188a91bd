package io.concord.claim;

import java.util.List;

/**
 * Claims about one subject whose values, dates or sources differ.
 *
 * @param claims      indices into the brief's claim list
 * @param kind        "value", "date", "name" or "attribution"
 * @param relation    "conflict" or "update"
 * @param explanation one line for a reader ("UN 5,400 (mid-Feb) → UN 7,500 (Mar); activists 8,000+")
 */
public record Disagreement(String subject, List<Integer> claims, String kind, String relation, String explanation) {
    public Disagreement {
        claims = List.copyOf(claims);
    }
}
