package io.concord.entity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The merged entities of a story, with a lookup from a mention (article id + character offset) to its entity,
 * so later stages (quotes, claims) can resolve a name they see in the text to the story's entity.
 */
public record EntityIndex(List<Entity> entities, Map<String, String> mentionToEntity) {
    public EntityIndex {
        entities = List.copyOf(entities);
        mentionToEntity = Map.copyOf(mentionToEntity);
    }

    /** Key for {@link #mentionToEntity}: article id and the mention's begin offset. */
    public static String key(String articleId, int begin) {
        return articleId + "@" + begin;
    }

    public Optional<Entity> byId(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /**
     * The entity a bare name refers to ("Zhai", "Mr Annan", "the U.N."), by the rules of {@link EntityResolver}.
     * Builds a resolver on each call: for many lookups, build one {@code new EntityResolver(index)} instead.
     */
    public Optional<Entity> resolveName(String surfaceForm) {
        return new EntityResolver(this).resolve(surfaceForm);
    }

    /** The entity of the mention that starts at {@code begin} in the given article, if any. */
    public Optional<Entity> atMention(String articleId, int begin) {
        String id = mentionToEntity.get(key(articleId, begin));
        return id == null ? Optional.empty() : byId(id);
    }
}
