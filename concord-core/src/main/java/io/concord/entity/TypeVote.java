package io.concord.entity;

import io.concord.nlp.EntityType;
import io.concord.nlp.Mention;
import io.concord.nlp.Sentence;
import io.concord.nlp.Token;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The type of an entity by a weighted vote over its mentions' NER tags, corrected by the words around them:
 * a locative preposition before a name ("in X", "from X") and a place noun next to it ("the neighbourhood
 * of X", "the X neighbourhood") are evidence of a place; a title or honorific before it is evidence of a person.
 * Ties go to the type with such evidence, then to the type tagged more often.
 */
final class TypeVote {
    static final double PREPOSITION_CUE = 0.5;
    static final double PLACE_NOUN_CUE = 1.5;
    static final double TITLE_CUE = 1.0;

    private static final Set<String> LOCATIVE_PREPOSITIONS = Set.of("in", "at", "near", "from", "into", "inside",
            "outside", "across", "throughout", "around", "toward", "towards", "within", "outskirts");
    private static final Set<String> PLACE_NOUNS = Set.of("city", "town", "village", "neighbourhood",
            "neighborhood", "district", "province", "region", "suburb", "capital", "governorate", "county",
            "state", "island", "port", "area", "quarter", "municipality", "enclave", "hamlet", "valley",
            "countryside", "prefecture", "oblast", "canton");

    private final Map<EntityType, Double> weight = new EnumMap<>(EntityType.class);
    private final Map<EntityType, Double> cue = new EnumMap<>(EntityType.class);
    private final Map<EntityType, Integer> tagged = new EnumMap<>(EntityType.class);

    /** Counts one mention tagged {@code type} with the given weight (1 for a full vote). */
    void tag(EntityType type, double w) {
        weight.merge(type, w, Double::sum);
        tagged.merge(type, 1, Integer::sum);
    }

    void cue(EntityType type, double w) {
        if (w > 0) {
            weight.merge(type, w, Double::sum);
            cue.merge(type, w, Double::sum);
        }
    }

    void addAll(TypeVote other) {
        other.weight.forEach((t, w) -> weight.merge(t, w, Double::sum));
        other.cue.forEach((t, w) -> cue.merge(t, w, Double::sum));
        other.tagged.forEach((t, n) -> tagged.merge(t, n, Integer::sum));
    }

    EntityType winner() {
        EntityType best = null;
        for (EntityType t : EntityType.values()) {
            if (!weight.containsKey(t)) {
                continue;
            }
            if (best == null || compare(t, best) > 0) {
                best = t;
            }
        }
        return best == null ? EntityType.MISC : best;
    }

    private int compare(EntityType a, EntityType b) {
        int c = Double.compare(weight.getOrDefault(a, 0.0), weight.getOrDefault(b, 0.0));
        if (c == 0) {
            c = Double.compare(cue.getOrDefault(a, 0.0), cue.getOrDefault(b, 0.0));
        }
        if (c == 0) {
            c = Integer.compare(tagged.getOrDefault(a, 0), tagged.getOrDefault(b, 0));
        }
        return c;
    }

    /** Weight of evidence that the mention names a place, from the words around it. */
    static double placeCue(Sentence s, Mention m) {
        List<Token> tokens = s.tokens();
        double w = 0;
        int b = m.tokenBegin();
        int e = m.tokenEnd();
        boolean possessive = e < tokens.size() && tokens.get(e).pos().equals("POS");
        if (b >= 1 && !possessive && LOCATIVE_PREPOSITIONS.contains(lower(tokens.get(b - 1)))) {
            w += PREPOSITION_CUE;
        }
        if (b >= 2 && lower(tokens.get(b - 1)).equals("of") && PLACE_NOUNS.contains(lower(tokens.get(b - 2)))) {
            w += PLACE_NOUN_CUE;
        }
        if (e < tokens.size() && PLACE_NOUNS.contains(lower(tokens.get(e)))
                && tokens.get(e).pos().startsWith("NN")) {
            w += PLACE_NOUN_CUE;
        }
        return w;
    }

    private static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
