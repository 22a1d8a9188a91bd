package io.concord.quote;

import io.concord.nlp.Mention;

/**
 * Who an attribution names, as written: a named mention, a pronoun, or a description ("the minister",
 * "a senior diplomat").
 *
 * @param kind     what sort of phrase it is
 * @param sentence index of the sentence in its article
 * @param token    index (in the sentence) of the phrase's head token
 * @param mention  the named mention, for {@link Kind#NAME} when NER found one; null otherwise
 * @param text     the phrase as written
 * @param head     lower-cased head word (the pronoun, the description's noun, the name's last word)
 * @param definite for descriptions: whether it refers back ("the minister", "his spokesman")
 */
record Subject(Kind kind, int sentence, int token, Mention mention, String text, String head, boolean definite) {
    enum Kind { NAME, PRONOUN, DESCRIPTION }
}
