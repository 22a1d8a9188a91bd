package io.concord.claim;

/**
 * A number written in a sentence, as read by {@link NumberReader}.
 *
 * @param value    the number ("tens of thousands" reads as 10000, the floor of the range it names)
 * @param vague    the vague phrase when the number is one ("tens of thousands", "hundreds", "dozens"), else null
 * @param currency the currency unit when the phrase is an amount of money ("dollars", "euros"), else null
 * @param percent  whether the phrase is a percentage ("40 percent", "40%")
 * @param start    first token of the phrase (sentence-relative, currency symbol included)
 * @param end      token after the phrase (the percent sign or word and a currency word included)
 */
record NumberPhrase(double value, String vague, String currency, boolean percent, int start, int end) {
}
