package io.concord.nlp;

/**
 * One token. Offsets are character offsets into the article text.
 *
 * @param ner CoreNLP's coarse NER tag ("PERSON", "LOCATION", "ORGANIZATION", "MISC", "NUMBER", "DATE", ... or "O")
 */
public record Token(String word, String lemma, String pos, String ner, int begin, int end) {
}
