package io.concord.claim;

/**
 * A numeric claim made in an article.
 *
 * @param subject     what is counted ("people killed in Syria's uprising")
 * @param value       the number
 * @param qualifier   "at least", "more than", "almost", ... or null
 * @param unit        "people", "soldiers", "dollars", "percent", ...
 * @param attribution who makes the claim ("the UN", "activists"), or null
 * @param asOf        ISO date (or partial date) the claim refers to, or null
 * @param article     id of the article
 * @param sentence    the sentence the claim comes from
 */
public record Claim(String subject, double value, String qualifier, String unit, String attribution,
                    String asOf, String article, String sentence) {
}
