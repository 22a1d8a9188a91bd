package io.concord.timeline;

import java.util.Set;

/**
 * One candidate event: a sentence of an article dated by one of its time expressions.
 *
 * @param article      article id
 * @param articleOrder position of the article in the input
 * @param sentence     sentence index in its article
 * @param date         the date the expression resolves to
 * @param expression   the time expression as written
 * @param text         the sentence, cleaned of leading quote fragments
 * @param words        content-word lemmas of the sentence (lower case, time expressions left out)
 * @param names        keys of the named entities in the sentence (lower-cased last word of each mention)
 * @param anchors      content-word lemmas next to the time expression ("a Feb. 26 referendum"), which
 *                     most often name the dated event itself
 */
record DatedSentence(String article, int articleOrder, int sentence, TimexDate date, String expression,
                     String text, Set<String> words, Set<String> names, Set<String> anchors) {
    DatedSentence {
        words = Set.copyOf(words);
        names = Set.copyOf(names);
        anchors = Set.copyOf(anchors);
    }
}
