package io.concord.claim;

import io.concord.nlp.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What happened to the things counted by a claim, recognised from one word of the sentence (its lemma).
 * Cumulative classes (deaths, injuries, arrests, displacement, the missing) are tolls that only grow over
 * time; the others count one occasion (a rally, a vote).
 */
enum EventClass {
    KILLED("killed", true, Set.of("kill", "die", "dead", "death", "toll", "slay", "slain", "murder", "massacre",
            "execute", "fatality", "perish", "behead", "drown", "body")),
    WOUNDED("wounded", true, Set.of("wound", "wounded", "injure", "injured", "injury", "hurt", "maim")),
    ARRESTED("arrested", true, Set.of("arrest", "detain", "jail", "imprison", "detention", "detainee",
            "prisoner", "custody", "capture", "round")),
    DISPLACED("displaced", true, Set.of("displace", "displaced", "flee", "fled", "refugee", "evacuate", "homeless",
            "uproot", "evacuee")),
    MISSING("missing", true, Set.of("missing", "disappear", "abduct", "kidnap", "unaccounted")),
    RALLYING("rallying", false, Set.of("protest", "demonstrate", "rally", "march", "gather", "crowd",
            "demonstration", "protester", "demonstrator", "marcher", "throng", "pour", "flood", "assemble",
            "strike", "sit-in")),
    VOTING("votes", false, Set.of("vote", "ballot", "abstain", "abstention", "elect"));

    private final String label;
    private final boolean cumulative;
    private final Set<String> lemmas;

    EventClass(String label, boolean cumulative, Set<String> lemmas) {
        this.label = label;
        this.cumulative = cumulative;
        this.lemmas = lemmas;
    }

    /** The word used in subjects: "killed", "wounded", "rallying", ... */
    String label() {
        return label;
    }

    /** Whether counts of this class are running totals that only grow. */
    boolean cumulative() {
        return cumulative;
    }

    /** The class the token at {@code i} signals, or null. */
    static EventClass at(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String lemma = (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
        String word = t.word().toLowerCase(Locale.ROOT);
        if (t.pos().startsWith("NNP") || t.pos().equals("CD") || !t.ner().equals("O") && !t.ner().equals("MISC")) {
            return null;
        }
        // phrasal cues: "turned out", "rounded up", "shot dead" (dead is itself a cue)
        if (lemma.equals("turn") && i + 1 < tokens.size() && tokens.get(i + 1).word().equalsIgnoreCase("out")) {
            return RALLYING;
        }
        if (lemma.equals("round") && !(i + 1 < tokens.size() && tokens.get(i + 1).word().equalsIgnoreCase("up"))) {
            return null;
        }
        if (lemma.equals("strike") && !t.pos().startsWith("NN")) {
            return null; // "struck" is an attack, not a strike
        }
        if (lemma.equals("flood") && !(i + 1 < tokens.size() && tokens.get(i + 1).word().equalsIgnoreCase("into"))) {
            return null;
        }
        for (EventClass c : values()) {
            if (c.lemmas.contains(lemma) || c.lemmas.contains(word)) {
                return c;
            }
        }
        return null;
    }
}
