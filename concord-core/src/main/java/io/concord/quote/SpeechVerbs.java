package io.concord.quote;

import io.concord.nlp.Token;

import java.util.List;
import java.util.Set;

/** The reporting verbs that introduce what someone said or wrote, recognised by lemma and a verb POS tag. */
final class SpeechVerbs {
    private static final Set<String> LEMMAS = Set.of(
            "say", "tell", "add", "state", "declare", "explain", "note", "insist", "argue", "claim", "write",
            "ask", "warn", "continue", "report", "tweet", "announce", "reply", "respond", "recall", "acknowledge",
            "admit", "suggest", "predict", "conclude", "urge", "complain", "joke", "remark", "observe", "comment",
            "describe", "call", "quip", "shout", "yell", "testify", "contend", "assert", "maintain", "stress",
            "emphasize", "emphasise", "caution", "boast", "vow", "promise", "pledge", "concede", "affirm",
            "confirm", "deny", "lament", "muse", "exclaim", "whisper", "mutter", "proclaim", "reiterate",
            "charge", "allege", "post", "retort", "scoff", "counter", "plead", "demand", "brag", "chant",
            "wonder", "decry", "blast", "accuse", "quote", "thunder", "sneer", "opine",
            "speak", "answer", "interject", "rail", "mock", "tout", "praise", "criticize", "criticise", "question", "laud", "hail", "label", "dub", "term", "lash");

    private SpeechVerbs() {
    }

    /** Whether the i-th token is a reporting verb; "continue to push", "continued working" are not. */
    static boolean isSpeechVerb(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.pos().startsWith("VB") || !LEMMAS.contains(t.lemma().toLowerCase())) {
            return false;
        }
        if (t.lemma().equalsIgnoreCase("continue") && i + 1 < tokens.size()) {
            Token next = tokens.get(i + 1);
            return !next.word().equalsIgnoreCase("to") && !next.pos().equals("VBG") && !next.pos().startsWith("NN");
        }
        return true;
    }
}
