package io.concord.entity;

import io.concord.nlp.EntityType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the story's entity for a bare name string, such as a quote's speaker ("Zhai", "Mr Annan",
 * "President Bashar Assad", "the U.N."), using the same rules as {@link EntityMerger}:
 * <ol>
 *   <li>the normalised name ({@link NameKey}) equals that of a variant, after leading titles and
 *       honorifics are removed;</li>
 *   <li>a person's surname or first name: the one PERSON entity with a variant ending with (or else
 *       containing) those words;</li>
 *   <li>an acronym: the one organisation or place whose name has these initials;</li>
 *   <li>a spelling variant ({@link NameSimilarity}, strong matches only).</li>
 * </ol>
 * When several entities qualify at a step, the only PERSON among them wins; otherwise the result is empty
 * rather than a guess. Build once per story; lookups are cheap.
 */
public final class EntityResolver {
    private final TitleLexicon lexicon;
    private final List<Entity> entities;
    private final Map<String, Set<Entity>> byKey = new HashMap<>();

    public EntityResolver(EntityIndex index) {
        this(index, TitleLexicon.standard());
    }

    public EntityResolver(EntityIndex index, TitleLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.entities = Objects.requireNonNull(index, "index").entities();
        for (Entity e : entities) {
            List<String> forms = new ArrayList<>(e.variants());
            forms.add(e.name());
            for (String v : forms) {
                byKey.computeIfAbsent(NameKey.key(v), k -> new LinkedHashSet<>()).add(e);
                if (e.type() == EntityType.PERSON) {
                    byKey.computeIfAbsent(personKey(v), k -> new LinkedHashSet<>()).add(e);
                }
            }
        }
    }

    /** The entity named by {@code surfaceForm}, or empty when none (or no single one) matches. */
    public Optional<Entity> resolve(String surfaceForm) {
        if (surfaceForm == null || surfaceForm.isBlank()) {
            return Optional.empty();
        }
        String plain = NameKey.key(surfaceForm);
        if (plain.isEmpty()) {
            return Optional.empty();
        }
        Optional<Entity> exact = pick(byKey.getOrDefault(plain, Set.of()));
        if (exact.isPresent()) {
            return exact;
        }
        String key = personKey(surfaceForm);
        Set<Entity> titled = new LinkedHashSet<>();
        for (Entity e : byKey.getOrDefault(key, Set.of())) {
            if (e.type() == EntityType.PERSON) {
                titled.add(e);
            }
        }
        if (!titled.isEmpty()) {
            return pick(titled);
        }
        List<String> tokens = NameKey.tokens(key);
        Set<Entity> tail = new LinkedHashSet<>();
        Set<Entity> inside = new LinkedHashSet<>();
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            for (String v : e.variants()) {
                List<String> vt = NameKey.tokens(personKey(v));
                if (vt.size() > tokens.size() && vt.subList(vt.size() - tokens.size(), vt.size()).equals(tokens)) {
                    tail.add(e);
                } else if (tokens.size() == 1 && vt.contains(key)) {
                    inside.add(e);
                }
            }
        }
        Optional<Entity> person = pick(tail.isEmpty() ? inside : tail);
        if (person.isPresent()) {
            return person;
        }
        if (NameKey.isAcronym(surfaceForm)) {
            Set<Entity> spelled = new LinkedHashSet<>();
            for (Entity e : entities) {
                if (e.type() == EntityType.ORGANIZATION || e.type() == EntityType.LOCATION) {
                    for (String v : e.variants()) {
                        if (NameKey.initials(v).equals(plain)) {
                            spelled.add(e);
                        }
                    }
                }
            }
            Optional<Entity> acronym = pick(spelled);
            if (acronym.isPresent()) {
                return acronym;
            }
        }
        Set<Entity> similar = new LinkedHashSet<>();
        for (Map.Entry<String, Set<Entity>> en : byKey.entrySet()) {
            if (NameSimilarity.compare(plain, en.getKey()) == NameSimilarity.Match.STRONG) {
                similar.addAll(en.getValue());
            }
        }
        return pick(similar);
    }

    private Optional<Entity> pick(Set<Entity> candidates) {
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        if (candidates.size() == 1) {
            return Optional.of(candidates.iterator().next());
        }
        List<Entity> persons = new ArrayList<>();
        for (Entity e : candidates) {
            if (e.type() == EntityType.PERSON) {
                persons.add(e);
            }
        }
        if (persons.size() == 1) {
            return Optional.of(persons.get(0));
        }
        return Optional.empty();
    }

    /** The key of a person's name with leading titles and honorifics ("President", "Mr.") removed. */
    private String personKey(String surface) {
        String s = surface.strip();
        if (s.regionMatches(true, 0, "the ", 0, 4)) {
            s = s.substring(4).strip();
        }
        String[] words = s.split("\\s+");
        int k = lexicon.titlePrefixLength(Arrays.asList(words));
        return NameKey.key(String.join(" ", Arrays.asList(words).subList(k, words.length)));
    }

    @Override
    public String toString() {
        return "EntityResolver" + entities.stream().map(Entity::name).sorted(Comparator.naturalOrder()).toList();
    }
}
