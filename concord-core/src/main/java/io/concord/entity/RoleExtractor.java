package io.concord.entity;

import io.concord.nlp.EntityType;
import io.concord.nlp.Mention;
import io.concord.nlp.Sentence;
import io.concord.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the roles a sentence gives a named mention, from POS tags and token patterns:
 * <ul>
 *   <li>a title before a person's name: "Deputy foreign minister Sergei Ryabkov" → "Deputy foreign minister",
 *       "Malawi's President X" → "Malawi's President", "Foreign Ministry spokesperson X" → "Foreign Ministry
 *       spokesperson". The word right before the name must be a title ({@link TitleLexicon}); to its left the
 *       title takes capitalised words, names of organisations and places, title modifiers, and lower-case
 *       adjectives or nouns only when a capitalised word or name closes the title on the left.</li>
 *   <li>an apposition between commas after the name: "X, China's vice foreign minister, said" →
 *       "China's vice foreign minister"; "X, the NATO secretary-general," → "NATO secretary-general"
 *       (leading article dropped). For people it must contain a title word; for organisations and places it
 *       must start with a determiner and contain a common noun ("Y, an umbrella group of activists,").</li>
 * </ul>
 * It also reports the title form of the name ("President Bashar al-Assad") when capitalised title words or
 * an honorific directly precede it.
 */
final class RoleExtractor {
    private static final Set<String> STOP_POS = Set.of("VBD", "VBZ", "VBP", "VB", "MD", "WDT", "WP", "WP$",
            "WRB", "PRP", "EX", "``", "''", "-LRB-", "-RRB-", ":", ",", ".");
    private static final Set<String> APPOSITION_END = Set.of(",", ";", ":", ".", "!", "?", ")", "-RRB-", "--",
            "``", "''", "\"");
    private static final Set<String> APPOSITION_IN = Set.of("of", "for", "at", "in", "to", "on", "with");
    private static final Set<String> FIRST_POS = Set.of("DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP",
            "NNPS", "CD", "VBN");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final int MAX_ROLE_WORDS = 8;
    private static final int MAX_APPOSITION_TOKENS = 12;

    private final TitleLexicon lexicon;

    RoleExtractor(TitleLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * What the sentence says around one mention.
     *
     * @param roles         roles found (pre-name title, apposition), in text order
     * @param titledVariant the name with the capitalised title or honorific before it, or null
     * @param titled        true when a title or honorific directly precedes the name (evidence of a person)
     */
    record Found(List<String> roles, String titledVariant, boolean titled) {
        static final Found NONE = new Found(List.of(), null, false);
    }

    /** A word: one token, or a hyphen compound written without spaces ("secretary-general"). */
    private record Word(int first, int last, String text, String pos, EntityType mentionType) {
        boolean capitalised() {
            return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
        }

        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    Found find(Sentence s, Mention m, String surface) {
        List<Token> tokens = s.tokens();
        if (m.tokenBegin() < 0 || m.tokenEnd() > tokens.size() || m.tokenBegin() >= m.tokenEnd()) {
            return Found.NONE;
        }
        EntityType[] types = mentionTypes(s, m);
        List<String> roles = new ArrayList<>();
        String titledVariant = null;
        boolean titled = false;
        List<Word> before = words(s, types, 0, m.tokenBegin());
        if (!before.isEmpty()) {
            Word last = before.get(before.size() - 1);
            boolean honorific = last.mentionType() == null && lexicon.isHonorific(last.text())
                    && last.capitalised();
            boolean title = last.mentionType() == null && isTitleHead(last);
            titled = honorific || title;
            if (m.type() == EntityType.PERSON) {
                if (title) {
                    String role = preNameRole(s, before);
                    if (role != null) {
                        roles.add(role);
                    }
                }
                if (titled && last.capitalised()) {
                    titledVariant = titledVariant(s, before, m, surface);
                }
            }
        }
        String apposition = apposition(s, types, m);
        if (apposition != null) {
            roles.add(apposition);
        }
        return new Found(roles, titledVariant, titled);
    }

    private boolean isTitleHead(Word w) {
        if (!lexicon.isTitle(w.text())) {
            return false;
        }
        return w.pos().startsWith("NN") || w.text().indexOf('-') > 0 || w.capitalised();
    }

    private String preNameRole(Sentence s, List<Word> before) {
        int head = before.size() - 1;
        int committed = head; // leftmost word surely in the role
        int j = head - 1;
        while (j >= 0 && head - j < MAX_ROLE_WORDS) {
            Word w = before.get(j);
            if (w.text().equals("'s") || w.text().equals("’s")) {
                if (j > 0 && (before.get(j - 1).mentionType() != null || before.get(j - 1).capitalised())
                        && before.get(j - 1).mentionType() != EntityType.PERSON) {
                    committed = j - 1;
                    j -= 2;
                    continue;
                }
                break;
            }
            if (w.mentionType() == EntityType.PERSON) {
                break;
            }
            if (w.mentionType() != null) {
                committed = j;
            } else if (w.capitalised() && (w.pos().startsWith("NN") || w.pos().startsWith("JJ"))) {
                committed = j;
            } else if (!w.capitalised() && (lexicon.isModifier(w.text()) || lexicon.isTitle(w.text()))
                    && (w.pos().startsWith("JJ") || w.pos().startsWith("NN") || w.pos().equals("VBN"))) {
                committed = j;
            } else if (!w.capitalised() && (w.pos().startsWith("JJ") || w.pos().startsWith("NN"))) {
                // tentative: kept only if something further left closes the title
            } else {
                break;
            }
            j--;
        }
        return span(s, before.get(committed).first(), before.get(head).last());
    }

    private String titledVariant(Sentence s, List<Word> before, Mention m, String surface) {
        int j = before.size() - 1;
        int first = -1;
        while (j >= 0) {
            Word w = before.get(j);
            if (w.mentionType() != null || !w.capitalised()) {
                break;
            }
            boolean ok = lexicon.isHonorific(w.text()) || lexicon.isModifier(w.text())
                    || (lexicon.isTitle(w.text()) && (w.pos().startsWith("NN") || w.text().indexOf('-') > 0));
            if (!ok) {
                break;
            }
            first = j;
            j--;
        }
        if (first < 0) {
            return null;
        }
        String title = span(s, before.get(first).first(), before.get(before.size() - 1).last());
        return title + " " + surface;
    }

    private String apposition(Sentence s, EntityType[] types, Mention m) {
        List<Token> tokens = s.tokens();
        int k = m.tokenEnd();
        if (k >= tokens.size() - 1 || !tokens.get(k).word().equals(",")) {
            return null;
        }
        int start = k + 1;
        int end = start;
        while (end < tokens.size() && !APPOSITION_END.contains(tokens.get(end).word())
                && !APPOSITION_END.contains(tokens.get(end).pos())) {
            end++;
        }
        if (end == start || end - start > MAX_APPOSITION_TOKENS) {
            return null;
        }
        if (end < tokens.size() && !Set.of(",", ";", ".", ")", "-RRB-").contains(tokens.get(end).word())) {
            return null;
        }
        Token first = tokens.get(start);
        if (!FIRST_POS.contains(first.pos())) {
            return null;
        }
        if (types[start] == EntityType.PERSON && !possessiveFollows(tokens, types, start)) {
            return null;
        }
        boolean title = false;
        boolean commonNoun = false;
        for (int i = start; i < end; i++) {
            Token t = tokens.get(i);
            if (STOP_POS.contains(t.pos()) || (t.pos().equals("RB") && i == start)) {
                return null;
            }
            if ((t.pos().equals("IN") || t.pos().equals("TO"))
                    && (i == start || !APPOSITION_IN.contains(t.word().toLowerCase(Locale.ROOT)))) {
                return null;
            }
            if (t.pos().equals("CC") && i == start) {
                return null;
            }
            if (types[i] == null && lexicon.isTitle(t.word()) && t.pos().startsWith("NN")) {
                title = true;
            }
            if (types[i] == null && t.pos().startsWith("NN") && !Character.isUpperCase(t.word().codePointAt(0))) {
                commonNoun = true;
            }
        }
        for (Word w : words(s, types, start, end)) {
            if (w.mentionType() == null && w.text().indexOf('-') > 0 && lexicon.isTitle(w.text())) {
                title = true;
            }
        }
        if (m.type() == EntityType.PERSON) {
            if (!title) {
                return null;
            }
        } else if (!first.pos().equals("DT") || !commonNoun) {
            return null;
        }
        int from = start;
        if (ARTICLES.contains(tokens.get(from).word().toLowerCase(Locale.ROOT)) && end - from > 1) {
            from++;
        }
        return span(s, from, end - 1);
    }

    /** True when the mention that starts at {@code i} is followed by a possessive "'s". */
    private static boolean possessiveFollows(List<Token> tokens, EntityType[] types, int i) {
        int j = i;
        while (j < tokens.size() && types[j] != null && types[j] == types[i]) {
            j++;
        }
        return j < tokens.size() && tokens.get(j).pos().equals("POS");
    }

    /** For each token of the sentence, the type of the other mention covering it, or null. */
    private static EntityType[] mentionTypes(Sentence s, Mention self) {
        EntityType[] types = new EntityType[s.tokens().size()];
        for (Mention o : s.mentions()) {
            if (o.begin() == self.begin()) {
                continue;
            }
            for (int i = Math.max(0, o.tokenBegin()); i < Math.min(types.length, o.tokenEnd()); i++) {
                types[i] = o.type();
            }
        }
        return types;
    }

    private static List<Word> words(Sentence s, EntityType[] types, int from, int to) {
        List<Token> tokens = s.tokens();
        List<Word> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            int last = i;
            while (last + 2 < to && isHyphen(tokens.get(last + 1))
                    && tokens.get(last).end() == tokens.get(last + 1).begin()
                    && tokens.get(last + 1).end() == tokens.get(last + 2).begin()
                    && Character.isLetter(tokens.get(last + 2).word().codePointAt(0))) {
                last += 2;
            }
            EntityType type = null;
            for (int k = i; k <= last; k++) {
                if (types[k] != null) {
                    type = types[k];
                }
            }
            out.add(new Word(i, last, span(s, i, last), tokens.get(last).pos(), type));
            i = last + 1;
        }
        return out;
    }

    private static boolean isHyphen(Token t) {
        return t.word().equals("-") || t.word().equals("‐") || t.word().equals("‑");
    }

    /** The sentence text from token {@code first} to token {@code last} (inclusive). */
    private static String span(Sentence s, int first, int last) {
        int b = s.tokens().get(first).begin() - s.begin();
        int e = s.tokens().get(last).end() - s.begin();
        if (b < 0 || e > s.text().length() || b >= e) {
            StringBuilder sb = new StringBuilder();
            for (int i = first; i <= last; i++) {
                sb.append(i > first ? " " : "").append(s.tokens().get(i).word());
            }
            return sb.toString();
        }
        return s.text().substring(b, e);
    }
}
