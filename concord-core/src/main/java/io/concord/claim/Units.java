package io.concord.claim;

import java.util.Locale;
import java.util.Map;

/**
 * Groups counted nouns into classes that make claims comparable: "people", "persons" and "Syrians" count
 * people; "soldiers", "troops" and "police" count security forces; "protesters" and "demonstrators" count
 * protesters. Other nouns are their own class.
 */
final class Units {
    private static final Map<String, String> CLASSES = Map.ofEntries(
            Map.entry("people", "people"), Map.entry("person", "people"), Map.entry("persons", "people"),
            Map.entry("individual", "people"), Map.entry("individuals", "people"), Map.entry("human", "people"),
            Map.entry("body", "people"), Map.entry("bodies", "people"),
            Map.entry("soldier", "security forces"), Map.entry("soldiers", "security forces"),
            Map.entry("troop", "security forces"), Map.entry("troops", "security forces"),
            Map.entry("police", "security forces"), Map.entry("policeman", "security forces"),
            Map.entry("policemen", "security forces"), Map.entry("officer", "security forces"),
            Map.entry("officers", "security forces"), Map.entry("servicemen", "security forces"),
            Map.entry("security forces", "security forces"), Map.entry("personnel", "security forces"),
            Map.entry("protester", "protesters"), Map.entry("protesters", "protesters"),
            Map.entry("protestor", "protesters"), Map.entry("protestors", "protesters"),
            Map.entry("demonstrator", "protesters"), Map.entry("demonstrators", "protesters"),
            Map.entry("marchers", "protesters"), Map.entry("child", "children"), Map.entry("children", "children"),
            Map.entry("kid", "children"), Map.entry("kids", "children"), Map.entry("vote", "votes"),
            Map.entry("votes", "votes"), Map.entry("ballots", "votes"));

    private Units() {
    }

    /**
     * The class of a counted noun.
     *
     * @param unit        the noun as written, lower case
     * @param nationality whether the noun is a plural nationality ("Syrians"), which counts people
     */
    static String classOf(String unit, boolean nationality) {
        if (nationality) {
            return "people";
        }
        String u = unit.toLowerCase(Locale.ROOT);
        return CLASSES.getOrDefault(u, u);
    }
}
