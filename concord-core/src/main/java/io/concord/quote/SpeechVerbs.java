package io.concord.quote;

import io.concord.nlp.Token;

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

    static boolean isSpeechVerb(Token t) {
        return t.pos().startsWith("VB") && LEMMAS.contains(t.lemma().toLowerCase());
    }
}
