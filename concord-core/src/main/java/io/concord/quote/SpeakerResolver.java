package io.concord.quote;

import io.concord.entity.Entity;
import io.concord.entity.EntityIndex;
import io.concord.nlp.AnalyzedArticle;
import io.concord.nlp.EntityType;
import io.concord.nlp.Mention;
import io.concord.nlp.Sentence;
import io.concord.nlp.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the subject of an attribution into a speaker with the fullest name the story has for it. Names go
 * through the {@link EntityIndex} when it knows the mention, else to the longest PERSON mention in the story
 * with the same last word ("Mr Annan" → "Kofi Annan"). Pronouns and definite descriptions ("the minister",
 * "the ministry") are resolved to the most recent compatible named entity in the article, preferring the
 * speaker of a recent attribution.
 */
final class SpeakerResolver {
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady",
            "baroness", "baron", "dame", "prof", "professor", "rev", "sen", "rep", "gov", "president", "senator",
            "governor", "judge", "gen", "general", "col", "capt", "sgt", "lt", "adm", "sheikh", "king", "queen",
            "prince", "princess", "pope", "minister", "secretary", "ambassador", "chancellor", "premier", "mayor");
    /** Head nouns of descriptions that stand for one person. */
    private static final Set<String> PERSON_ROLES = Set.of("minister", "spokesman", "spokeswoman", "spokesperson",
            "president", "senator", "governor", "secretary", "secretary-general", "chairman", "chairwoman", "envoy",
            "ambassador", "candidate", "nominee", "mayor", "director", "chief", "leader", "premier", "congressman",
            "congresswoman", "lawmaker", "representative", "judge", "general", "commander", "chancellor", "king",
            "queen", "diplomat", "official", "man", "woman", "aide", "adviser", "advisor", "lawyer", "attorney",
            "pollster", "founder", "executive", "ceo", "host", "author", "activist", "businessman", "businesswoman",
            "billionaire", "politician", "democrat", "republican", "mogul", "father", "mother", "wife", "husband");
    /** Head nouns of descriptions that stand for an organisation. */
    private static final Set<String> ORG_HEADS = Set.of("ministry", "agency", "company", "campaign", "group",
            "committee", "department", "organisation", "organization", "party", "council", "network", "newspaper",
            "firm", "commission", "union", "alliance", "office", "bureau", "government", "administration",
            "foundation", "institute", "court", "board", "army", "military", "channel", "station", "paper",
            "association", "federation", "coalition", "bank", "league", "service", "team");
    private static final int ATTRIBUTION_WINDOW = 3;
    private static final int MENTION_WINDOW = 6;

    private final EntityIndex index;
    /** Cleaned PERSON mention texts of the whole story with their counts, in first-seen order. */
    private final Map<String, Integer> personNames = new java.util.LinkedHashMap<>();

    SpeakerResolver(List<AnalyzedArticle> articles, EntityIndex index) {
        this.index = index;
        for (AnalyzedArticle a : articles) {
            for (Sentence s : a.sentences()) {
                for (Mention m : s.mentions()) {
                    if (m.type() == EntityType.PERSON) {
                        String clean = stripHonorifics(m.text());
                        if (!isAllCaps(clean)) {
                            personNames.merge(clean, 1, Integer::sum);
                        }
                    }
                }
            }
        }
    }

    /**
     * The speaker that {@code subject} refers to in {@code article}; {@code recent} holds the named PERSON and
     * ORGANIZATION speakers of the article's earlier attributions, in text order, with their sentence index.
     */
    Speaker resolve(AnalyzedArticle article, Subject subject, List<Placed> recent) {
        if (subject == null) {
            return null;
        }
        return switch (subject.kind()) {
            case NAME -> name(article.article().id(), subject.mention(), subject.text());
            case PRONOUN -> pronoun(article, subject, recent);
            case DESCRIPTION -> description(article, subject, recent);
        };
    }

    /** A speaker with its position, for "the subject of the previous attribution". */
    record Placed(int sentence, Speaker speaker) {
    }

    Speaker name(String articleId, Mention mention, String text) {
        if (mention != null) {
            var entity = index.atMention(articleId, mention.begin());
            if (entity.isPresent()) {
                Entity e = entity.get();
                return new Speaker(e.id(), e.name(), e.type());
            }
        }
        EntityType type = mention != null ? mention.type() : EntityType.PERSON;
        if (type == EntityType.PERSON) {
            String clean = stripHonorifics(text);
            Entity e = personEntity(clean);
            if (e != null) {
                return new Speaker(e.id(), e.name(), EntityType.PERSON);
            }
            return new Speaker(null, fullest(clean), EntityType.PERSON);
        }
        String name = text.replaceFirst("^(?i)the\\s+", "").replaceFirst("(’s|'s)$", "");
        for (Entity e : index.entities()) {
            if (e.name().equalsIgnoreCase(name) || e.variants().stream().anyMatch(v -> v.equalsIgnoreCase(name))) {
                return new Speaker(e.id(), e.name(), e.type());
            }
        }
        return new Speaker(null, name, type);
    }

    private Speaker pronoun(AnalyzedArticle article, Subject subject, List<Placed> recent) {
        String p = subject.head();
        EntityType wanted = switch (p) {
            case "he", "she", "i" -> EntityType.PERSON;
            case "it", "they", "we" -> EntityType.ORGANIZATION;
            default -> null;
        };
        if (wanted == null) {
            return null;
        }
        Speaker fromAttribution = recentAttribution(subject.sentence(), wanted, recent);
        if (fromAttribution != null) {
            return fromAttribution;
        }
        int window = wanted == EntityType.PERSON ? MENTION_WINDOW : 2;
        Mention m = latestMention(article, subject, wanted, window, null);
        return m == null ? null : name(article.article().id(), m, m.text());
    }

    private Speaker description(AnalyzedArticle article, Subject subject, List<Placed> recent) {
        if (!subject.definite()) {
            return null;
        }
        String head = subject.head();
        if (ORG_HEADS.contains(head)) {
            Mention m = latestMention(article, subject, EntityType.ORGANIZATION, Integer.MAX_VALUE, head);
            return m == null ? null : name(article.article().id(), m, m.text());
        }
        Mention byRole = latestPersonWithRole(article, subject, head);
        if (byRole != null) {
            return name(article.article().id(), byRole, byRole.text());
        }
        if (PERSON_ROLES.contains(head)) {
            Speaker fromAttribution = recentAttribution(subject.sentence(), EntityType.PERSON, recent);
            if (fromAttribution != null) {
                return fromAttribution;
            }
            Mention m = latestMention(article, subject, EntityType.PERSON, MENTION_WINDOW, null);
            return m == null ? null : name(article.article().id(), m, m.text());
        }
        return null;
    }

    private static Speaker recentAttribution(int sentence, EntityType wanted, List<Placed> recent) {
        for (int k = recent.size() - 1; k >= 0; k--) {
            Placed p = recent.get(k);
            if (p.sentence() >= sentence) {
                continue;
            }
            if (sentence - p.sentence() > ATTRIBUTION_WINDOW) {
                return null;
            }
            if (p.speaker().type() == wanted) {
                return p.speaker();
            }
        }
        return null;
    }

    /** The latest mention of the type before the subject, within {@code window} sentences; optionally containing a word. */
    private static Mention latestMention(AnalyzedArticle article, Subject subject, EntityType type, int window,
                                         String containing) {
        List<Sentence> sentences = article.sentences();
        for (int si = subject.sentence(); si >= 0 && subject.sentence() - si <= window; si--) {
            List<Mention> ms = new ArrayList<>(sentences.get(si).mentions());
            for (int k = ms.size() - 1; k >= 0; k--) {
                Mention m = ms.get(k);
                if (si == subject.sentence() && m.tokenEnd() > subject.token()) {
                    continue;
                }
                if (m.type() != type) {
                    continue;
                }
                if (containing != null && !m.text().toLowerCase(Locale.ROOT).contains(containing)) {
                    continue;
                }
                return m;
            }
        }
        return null;
    }

    /** The latest PERSON mention before the subject whose entity roles or nearby words carry the role noun. */
    private Mention latestPersonWithRole(AnalyzedArticle article, Subject subject, String role) {
        String id = article.article().id();
        List<Sentence> sentences = article.sentences();
        for (int si = subject.sentence(); si >= 0; si--) {
            Sentence s = sentences.get(si);
            List<Mention> ms = s.mentions();
            for (int k = ms.size() - 1; k >= 0; k--) {
                Mention m = ms.get(k);
                if (m.type() != EntityType.PERSON || si == subject.sentence() && m.tokenEnd() > subject.token()) {
                    continue;
                }
                var entity = index.atMention(id, m.begin());
                if (entity.isPresent() && entity.get().roles().stream()
                        .anyMatch(r -> r.toLowerCase(Locale.ROOT).contains(role))) {
                    return m;
                }
                List<Token> ts = s.tokens();
                int from = Math.max(0, m.tokenBegin() - 6);
                int to = Math.min(ts.size(), m.tokenEnd() + 6);
                for (int t = from; t < to; t++) {
                    if (t < m.tokenBegin() || t >= m.tokenEnd()) {
                        if (ts.get(t).lemma().toLowerCase(Locale.ROOT).equals(role)) {
                            return m;
                        }
                    }
                }
            }
        }
        return null;
    }

    /**
     * The fullest PERSON name in the story that contains every word of {@code name} ("Zhai" → "Zhai Jun",
     * "Amos" → "Valerie Amos"): most words first, then most mentions.
     */
    String fullest(String name) {
        List<String> words = List.of(name.split("\\s+"));
        String best = name;
        int bestWords = words.size();
        int bestCount = -1;
        for (Map.Entry<String, Integer> e : personNames.entrySet()) {
            List<String> candidate = List.of(e.getKey().split("\\s+"));
            if (!candidate.containsAll(words)) {
                continue;
            }
            if (candidate.size() > bestWords || candidate.size() == bestWords && e.getValue() > bestCount) {
                best = e.getKey();
                bestWords = candidate.size();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    /** The PERSON entity whose name or a variant contains every word of {@code name}, the most mentioned one. */
    private Entity personEntity(String name) {
        List<String> words = List.of(name.split("\\s+"));
        Entity best = null;
        for (Entity e : index.entities()) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            boolean match = List.of(stripHonorifics(e.name()).split("\\s+")).containsAll(words)
                    || e.variants().stream().anyMatch(v -> v.equals(name));
            if (match && (best == null || e.mentions() > best.mentions())) {
                best = e;
            }
        }
        return best;
    }

    static String stripHonorifics(String name) {
        String[] words = name.trim().replaceFirst("(’s|'s)$", "").split("\\s+");
        int first = 0;
        while (first < words.length - 1
                && HONORIFICS.contains(words[first].replace(".", "").toLowerCase(Locale.ROOT))) {
            first++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
    }

    static String lastWord(String name) {
        String[] words = name.trim().split("\\s+");
        return words[words.length - 1].replaceFirst("(’s|'s)$", "");
    }

    private static boolean isAllCaps(String s) {
        boolean letters = false;
        for (char c : s.toCharArray()) {
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters && s.length() > 3;
    }
}
