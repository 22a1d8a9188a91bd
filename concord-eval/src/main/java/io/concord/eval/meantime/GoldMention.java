package io.concord.eval.meantime;

/**
 * A gold entity mention of a MEANTIME document: character span in the rebuilt article text, the corpus-level
 * instance it refers to ("PER46392683046404347"), its type (PER, ORG, LOC, PRO, FIN) and syntactic type.
 */
public record GoldMention(int begin, int end, String instance, String type, String syntacticType, String text) {
}
