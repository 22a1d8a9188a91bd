package io.concord.claim;

import io.concord.entity.Entity;
import io.concord.entity.EntityIndex;
import io.concord.nlp.AnalyzedArticle;
import io.concord.nlp.Sentence;
import io.concord.nlp.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the numeric claims of a story: counts of the killed, wounded, arrested, displaced and missing, crowd
 * sizes, votes, amounts of money and percentages, read from the analysed tokens.
 *
 * <p>Conventions:
 * <ul>
 *   <li>{@code value}: the number; a vague count is read as the floor of the range it names ("hundreds" 100,
 *       "tens of thousands" 10000, "dozens" 12) and the phrase itself becomes the qualifier.</li>
 *   <li>{@code qualifier}: the hedge written before the number ("at least", "more than", "almost", ...), else
 *       the vague phrase, else null.</li>
 *   <li>{@code unit}: the counted noun as written, lower case ("people", "soldiers"), "people" for an elliptical
 *       count of casualties ("1,800 have been wounded", "the death toll at 8,000"), the currency ("dollars")
 *       or "percent".</li>
 *   <li>{@code subject}: a canonical description that makes claims comparable across articles:
 *       unit class + event + scope. A running toll (present perfect, "since", "death toll", "so far") is
 *       scoped to the place the sentence ties it to ("the assault on Homs has killed ..." gives "people killed
 *       in Homs"), else to the story's home location, the place most articles name ("people killed in
 *       Syria"). A one-off count (an incident, a rally, a vote) also gets its day: "people killed in Kestrel
 *       on 2024-05-09", "people rallying in Dalmor on 2024-05-08", "votes for in Norvania on 2024-05-10".
 *       Money and percentages are the unit plus what they measure: "dollars in aid", "percent turnout".
 *       Unit classes merge synonyms (people/persons/bodies, soldiers/troops/police, crowds of protesters).</li>
 *   <li>{@code asOf}: the date a time expression of the sentence gives the count (not a start: "since March
 *       2011" is skipped), else the publication date, else null.</li>
 * </ul>
 * Numbers that are dates, times, durations ("11-month"), ages, ordinals, years, phone numbers, or part of
 * a name ("Group of 20") are not claims; nor are counts with no event, money or percent ("23 allies").
 */
public final class ClaimExtractor {
    private static final List<String> QUALIFIERS = List.of("at least", "more than", "well over", "just over",
            "upwards of", "over", "almost", "nearly", "about", "around", "roughly", "approximately", "up to",
            "as many as", "at most", "close to", "some", "fewer than", "less than", "under", "an estimated",
            "at least some");
    static final Set<String> TIME_NOUNS = Set.of("year", "years", "month", "months", "week", "weeks", "day",
            "days", "hour", "hours", "minute", "minutes", "decade", "decades", "century", "centuries", "second",
            "seconds", "am", "pm", "a.m.", "p.m.", "o'clock", "percent", "%", "miles", "mile", "kilometres",
            "kilometers", "km", "metres", "meters", "feet", "foot", "inches", "yards", "acres", "hectares", "tons",
            "tonnes", "kilograms", "kg", "pounds", "lbs", "degrees", "mph", "square", "times", "points");
    private static final Set<String> LEVEL_VERBS = Set.of("be", "reach", "rise", "fall", "stand", "climb", "drop",
            "hit", "increase", "decrease", "jump", "grow", "top", "exceed", "remain", "hover");

    /** Claims of all articles, in article and sentence order. */
    public List<Claim> extract(List<AnalyzedArticle> articles) {
        return extract(articles, UnaryOperator.identity());
    }

    /**
     * Claims of all articles, with places named by the story's merged entities, so that "Port Haldan" and
     * "Port Haldane" scope claims to one place and count as one when the story's home location is chosen.
     */
    public List<Claim> extract(List<AnalyzedArticle> articles, EntityIndex entities) {
        Map<String, String> canonical = new HashMap<>();
        for (Entity e : entities.entities()) {
            e.variants().forEach(v -> canonical.putIfAbsent(v, e.name()));
        }
        return extract(articles, name -> name == null ? null : canonical.getOrDefault(name, name));
    }

    private List<Claim> extract(List<AnalyzedArticle> articles, UnaryOperator<String> placeName) {
        String home = Scope.homeLocation(articles, placeName);
        List<Claim> out = new ArrayList<>();
        for (AnalyzedArticle a : articles) {
            for (Sentence s : a.sentences()) {
                extract(a, s, home, placeName, out);
            }
        }
        return out;
    }

    private void extract(AnalyzedArticle a, Sentence s, String home, UnaryOperator<String> placeName, List<Claim> out) {
        List<Token> t = s.tokens();
        int i = 0;
        while (i < t.size()) {
            NumberPhrase n = isCandidate(s, i) ? NumberReader.read(t, i) : null;
            if (n == null) {
                i++;
                continue;
            }
            i = Math.max(i + 1, n.end());
            if (NotACount.excluded(s, n)) {
                continue;
            }
            Claim c = claim(a, s, n, home, placeName);
            if (c != null) {
                out.add(c);
            }
        }
    }

    private static boolean isCandidate(Sentence s, int i) {
        Token tok = s.tokens().get(i);
        String ner = tok.ner();
        if (ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION") || ner.equals("SET")
                || ner.equals("ORDINAL")) {
            return false;
        }
        String pos = tok.pos();
        return pos.equals("CD") || pos.equals("$") || pos.startsWith("NN") || pos.equals("DT")
                || ner.equals("NUMBER") || ner.equals("MONEY") || ner.equals("PERCENT");
    }

    private Claim claim(AnalyzedArticle a, Sentence s, NumberPhrase n, String home, UnaryOperator<String> placeName) {
        List<Token> t = s.tokens();
        int[] clause = Scope.clause(t, n.start());
        String qualifier = qualifier(t, n.start());
        if (qualifier == null) {
            qualifier = n.vague();
        }
        LocalDate published = a.article().published();
        String textDate = AsOf.textDate(s, n, Scope.clause(t, n.start(), true), published);
        String asOf = textDate != null ? textDate : published != null ? published.toString() : null;
        String attribution = AttributionFinder.find(s, n.start(), n.end());
        String sentence = s.text().replaceAll("\\s+", " ").strip();
        String article = a.article().id();

        if (n.currency() != null || n.percent()) {
            String unit = n.percent() ? "percent" : n.currency();
            String topic = topic(t, n, clause);
            String subject = topic.isEmpty() ? unit : unit + " " + topic;
            return new Claim(subject, n.value(), qualifier, unit, attribution, asOf, article, sentence);
        }

        int[] head = countedNoun(t, n);
        if (head != null && !isCountable(t.get(head[0]), n)) {
            head = null; // "one of the world's authors": a singular noun is not what is counted
        }
        boolean elliptical = head == null;
        String unit = null;
        boolean nationality = false;
        String unitClass = null;
        if (head != null) {
            Token h = t.get(head[0]);
            String headWord = h.word().toLowerCase(Locale.ROOT);
            if (TIME_NOUNS.contains(headWord)) {
                return null;
            }
            nationality = h.pos().equals("NNPS") || h.ner().equals("MISC") || h.ner().equals("NATIONALITY");
            int b = head[0];
            while (b - 1 >= n.end() && t.get(b - 1).pos().matches("NNS?")) {
                b--; // "tax collectors", "security forces"
            }
            StringBuilder sb = new StringBuilder();
            for (int k = b; k <= head[0]; k++) {
                String w = t.get(k).word();
                sb.append(k > b ? " " : "").append(t.get(k).pos().startsWith("NNP") ? w : w.toLowerCase(Locale.ROOT));
            }
            unit = sb.toString();
            String compoundClass = Units.classOf(unit.toLowerCase(Locale.ROOT), false);
            unitClass = !compoundClass.equals(unit.toLowerCase(Locale.ROOT)) ? compoundClass
                    : Units.classOf(headWord, nationality).equals(headWord) ? unit.toLowerCase(Locale.ROOT)
                    : Units.classOf(headWord, nationality);
        }
        EventClass event = event(t, n, head, clause);
        if (event == null) {
            return null;
        }
        if (elliptical && !ellipticalCount(t, n, clause, event)) {
            return null;
        }
        if (unit == null) {
            if (event == EventClass.VOTING) {
                unit = "votes";
            } else {
                unit = "people";
            }
        }
        if (unitClass == null) {
            unitClass = Units.classOf(unit, false);
        }
        if (event == EventClass.RALLYING && unitClass.equals("protesters")) {
            unitClass = "people"; // "20,000 protesters marched" and "police put the crowd at 8,500" count one crowd
        }
        String what;
        if (event == EventClass.VOTING) {
            what = unitClass.equals("votes") ? "votes " + side(t, n) : unitClass;
        } else {
            what = unitClass + " " + event.label();
        }
        String place = placeName.apply(Scope.place(t, n, clause));
        boolean toll = event.cumulative() && Scope.isToll(t, clause);
        String where = place != null ? " in " + place : home != null ? " in " + home : "";
        String scope;
        if (toll) {
            scope = where;
        } else {
            String day = textDate != null && textDate.length() == 10 ? textDate
                    : asOf != null && asOf.length() == 10 ? asOf : null;
            String phrase = place == null && event.cumulative() ? Scope.incidentPhrase(t, n, clause) : null;
            scope = (phrase != null ? " " + phrase : where) + (day != null ? " on " + day : "");
        }
        return new Claim(what + scope, n.value(), qualifier, unit, attribution, asOf, article, sentence);
    }

    private static String qualifier(List<Token> t, int start) {
        for (String q : QUALIFIERS.stream().sorted((x, y) -> y.length() - x.length()).toList()) {
            String[] words = q.split(" ");
            int b = start - words.length;
            if (b < 0) {
                continue;
            }
            boolean match = true;
            for (int k = 0; k < words.length; k++) {
                if (!t.get(b + k).word().equalsIgnoreCase(words[k])) {
                    match = false;
                    break;
                }
            }
            if (match) {
                return q;
            }
        }
        int after = start;
        while (after < t.size() && !t.get(after).word().equalsIgnoreCase("or")) {
            after++;
            if (after - start > 4) {
                return null;
            }
        }
        if (after + 1 < t.size() && t.get(after + 1).word().equalsIgnoreCase("more")) {
            return "at least"; // "200 or more"
        }
        return null;
    }

    /** Token index of the counted noun, or null for an elliptical count ("1,800 have been wounded"). */
    private static int[] countedNoun(List<Token> t, NumberPhrase n) {
        int k = n.end();
        if (k < t.size() && t.get(k).word().equalsIgnoreCase("of")) {
            k++; // "tens of thousands of protesters", "12 of the victims"
            while (k < t.size() && (t.get(k).pos().equals("DT") || t.get(k).pos().equals("PRP$"))) {
                k++;
            }
        }
        int headIndex = -1;
        while (k < t.size()) {
            Token tok = t.get(k);
            String pos = tok.pos();
            if (pos.startsWith("NN") && !tok.ner().equals("DATE")) {
                headIndex = k;
            } else if (!(pos.startsWith("JJ") || pos.equals("HYPH") || pos.equals("VBN") && headIndex < 0
                    && k + 1 < t.size() && t.get(k + 1).pos().startsWith("NN"))) {
                break;
            }
            k++;
            if (k - n.end() > 5) {
                break;
            }
        }
        return headIndex < 0 ? null : new int[]{headIndex};
    }

    /** The nearest event cue in the clause: after the number (within 12 tokens), before it (within 10), or the noun. */
    private static EventClass event(List<Token> t, NumberPhrase n, int[] head, int[] clause) {
        int headIndex = head == null ? -1 : head[0];
        EventClass best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int k = n.end(); k < Math.min(clause[1], n.end() + 12); k++) {
            if (k < headIndex && !(EventClass.at(t, k) != null && EventClass.at(t, k).cumulative())) {
                continue; // "43 protesting students": a modifier, not what happened to them
            }
            if (k == headIndex || NumberReader.startsNumber(t, k) && t.get(k).pos().equals("CD")) {
                if (k != headIndex) {
                    break; // the next number has its own predicate
                }
                continue;
            }
            EventClass c = EventClass.at(t, k);
            if (c != null) {
                best = c;
                bestDistance = k - n.end();
                break;
            }
        }
        for (int k = n.start() - 1; k >= Math.max(clause[0], n.start() - 10); k--) {
            EventClass c = EventClass.at(t, k);
            if (c != null) {
                // before the number, a verb must take the count as its object ("killed 17", "voted 137 to 12"):
                // "demonstrating its technology" or "turns out" before a figure say nothing about it
                boolean verb = t.get(k).pos().startsWith("VB");
                String lemma = t.get(k).lemma().toLowerCase(Locale.ROOT);
                boolean usable;
                if (lemma.equals("toll") || lemma.equals("vote")) {
                    usable = true; // "the death toll from the floods rose to 260"
                } else if (verb) {
                    // "killed almost 400", "arrested 48 looters" but not "kill geese living in two parks"
                    usable = (c == EventClass.VOTING || c.cumulative() && !INTRANSITIVE.contains(lemma))
                            && onlyModifiersBetween(t, k + 1, n.start());
                } else {
                    usable = n.start() - k <= 4 && onlyModifiersBetween(t, k + 1, n.start()); // "deaths of three"
                }
                if (usable && n.start() - k <= bestDistance) {
                    best = c;
                }
                break;
            }
        }
        if (best == null && headIndex >= 0) {
            best = EventClass.at(t, headIndex);
        }
        return best;
    }

    private static final Set<String> INTRANSITIVE = Set.of("die", "disappear", "flee", "perish", "drown");
    private static final Set<String> SINGLE_PERSONS = Set.of("person", "man", "woman", "child", "boy", "girl",
            "soldier", "officer", "policeman", "civilian", "protester", "journalist", "worker", "student", "resident",
            "passenger", "driver", "pilot", "prisoner", "hostage", "baby", "teenager", "guard");
    private static final Set<String> QUALIFIER_WORDS = Set.of("at", "least", "more", "than", "over", "almost",
            "nearly", "about", "around", "some", "up", "to", "as", "many", "an", "estimated", "fewer", "less",
            "under", "roughly", "approximately", "close", "well", "just", "upwards", "of", "another", "further");
    private static final Set<String> COLLECTIVES = Set.of("people", "police", "personnel", "staff", "militia",
            "cattle", "livestock", "clergy", "youth");

    private static boolean isCountable(Token head, NumberPhrase n) {
        String pos = head.pos();
        String w = head.word().toLowerCase(Locale.ROOT);
        return pos.equals("NNS") || pos.equals("NNPS") || COLLECTIVES.contains(w)
                || n.value() == 1 && SINGLE_PERSONS.contains(w);
    }

    /** Whether only hedges, determiners and prepositions stand between an event word and the number. */
    private static boolean onlyModifiersBetween(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            Token tok = t.get(k);
            String pos = tok.pos();
            if (!(pos.equals("DT") || pos.equals("RB") || pos.equals("JJR") || pos.equals("JJS") || pos.equals("IN")
                    || pos.equals("TO") || pos.equals("$") || QUALIFIER_WORDS.contains(tok.word().toLowerCase(Locale.ROOT)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A count with no noun is a claim only when a verb follows ("1,800 have been wounded", "hundreds died") or
     * an event word precedes it and nothing else does ("put the death toll at 8,000.", "killed 5 and ...").
     */
    private static boolean ellipticalCount(List<Token> t, NumberPhrase n, int[] clause, EventClass event) {
        int k = n.end();
        if (k < t.size() && (t.get(k).pos().startsWith("VB") || t.get(k).pos().equals("MD"))) {
            return true;
        }
        boolean score = k + 1 < t.size() && t.get(k).word().equalsIgnoreCase("to") && t.get(k + 1).pos().equals("CD")
                || n.start() >= 2 && t.get(n.start() - 1).word().equalsIgnoreCase("to")
                && t.get(n.start() - 2).pos().equals("CD")
                || k < t.size() && t.get(k).word().equalsIgnoreCase("against");
        if (score) {
            return event == EventClass.VOTING; // "voted 137 to 12", "12 against"
        }
        boolean ends = k >= t.size() || t.get(k).pos().equals("CC") || t.get(k).word().matches("[,.;:!?]");
        if (!ends) {
            return false;
        }
        for (int m = n.start() - 1; m >= Math.max(clause[0], n.start() - 10); m--) {
            if (EventClass.at(t, m) != null) {
                return true;
            }
        }
        return false;
    }

    /** "for" or "against" for a vote count: "voted 137 to 12", "52 votes to 48", "12 against". */
    private static String side(List<Token> t, NumberPhrase n) {
        int prev = n.start() - 1;
        if (prev >= 0) {
            String p = t.get(prev).word().toLowerCase(Locale.ROOT);
            if (p.equals("to") || p.equals("against")) {
                return "against";
            }
        }
        for (int k = n.end(); k < Math.min(t.size(), n.end() + 3); k++) {
            if (t.get(k).word().equalsIgnoreCase("against")) {
                return "against";
            }
        }
        return "for";
    }

    /** What a money amount or percentage measures: "in aid", "of voters", "pledged", "turnout". */
    private static String topic(List<Token> t, NumberPhrase n, int[] clause) {
        int k = n.end();
        if (k < clause[1] - 1) {
            String w = t.get(k).word().toLowerCase(Locale.ROOT);
            if (Set.of("in", "for", "of", "on", "to").contains(w)) {
                int b = k + 1;
                while (b < clause[1] && (t.get(b).pos().equals("DT") || t.get(b).pos().equals("PRP$"))) {
                    b++;
                }
                int e = b;
                while (e < clause[1] && e - b < 3 && (t.get(e).pos().startsWith("JJ") || t.get(e).pos().startsWith("NN"))) {
                    e++;
                }
                if (e > b && t.get(e - 1).pos().startsWith("NN")) {
                    // "of people in open relationships": keep one modifier so that subgroups stay apart
                    if (e + 1 < clause[1] && Set.of("in", "with", "without", "under", "over", "aged")
                            .contains(t.get(e).word().toLowerCase(Locale.ROOT))) {
                        int f = e + 1;
                        while (f < clause[1] && f - e <= 4 && (t.get(f).pos().startsWith("JJ")
                                || t.get(f).pos().startsWith("NN") || t.get(f).pos().equals("DT")
                                || t.get(f).pos().equals("CC") || t.get(f).pos().equals("CD"))) {
                            f++;
                        }
                        if (f > e + 1 && t.get(f - 1).pos().startsWith("NN")) {
                            e = f;
                        }
                    }
                    StringBuilder sb = new StringBuilder(w);
                    for (int m = b; m < e; m++) {
                        sb.append(' ').append(t.get(m).word().toLowerCase(Locale.ROOT));
                    }
                    return sb.toString();
                }
            }
        }
        if (k < clause[1] && (t.get(k).pos().equals("NN") || t.get(k).pos().equals("NNS"))) {
            return t.get(k).word().toLowerCase(Locale.ROOT); // "56 percent fat"
        }
        int p = n.start() - 1;
        while (p >= clause[0] && QUALIFIERS.contains(t.get(p).word().toLowerCase(Locale.ROOT))) {
            p--;
        }
        for (int m = p; m >= Math.max(clause[0], n.start() - 7); m--) {
            Token tok = t.get(m);
            if (tok.pos().startsWith("VB") && LEVEL_VERBS.contains(tok.lemma().toLowerCase(Locale.ROOT))) {
                // "Turnout in last year's vote was 57 percent": what the clause is about, its first noun
                for (int f = clause[0]; f < m; f++) {
                    if ((t.get(f).pos().equals("NN") || t.get(f).pos().equals("NNS"))
                            && !TIME_NOUNS.contains(t.get(f).word().toLowerCase(Locale.ROOT))) {
                        return t.get(f).word().toLowerCase(Locale.ROOT);
                    }
                }
                continue;
            }
            if (tok.pos().startsWith("VB") && !Set.of("have", "do").contains(tok.lemma())) {
                return tok.word().toLowerCase(Locale.ROOT);
            }
            if (tok.pos().equals("NN") || tok.pos().equals("NNS")) {
                return tok.word().toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }
}
