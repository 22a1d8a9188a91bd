package io.concord.quote;

/**
 * What the text says about who spoke a quotation.
 *
 * @param subject who the attribution names as written, or null when the cue has no subject in view
 * @param cue     the reporting verb as written ("said", "told", "quoted as saying", "according to"), or null
 * @param direct  whether the cue governs the quotation directly (no other verb between them), which is what
 *                makes a very short quotation a quote rather than scare quotes
 */
record Attribution(Subject subject, String cue, boolean direct) {
}
