package io.concord.nlp;

/**
 * A named-entity mention in a sentence. Offsets are character offsets into the article text;
 * token indices are relative to the sentence.
 */
public record Mention(String text, EntityType type, int begin, int end, int tokenBegin, int tokenEnd) {
}
