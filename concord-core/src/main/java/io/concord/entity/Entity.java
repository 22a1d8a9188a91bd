package io.concord.entity;

import io.concord.nlp.EntityType;

import java.util.List;

/**
 * One real-world person, organisation or place across all articles of a story.
 *
 * @param name     the canonical (fullest common) name
 * @param variants surface forms actually seen in the articles
 * @param roles    titles and appositions seen with the name ("China's vice foreign minister")
 * @param mentions number of mentions across all articles
 * @param articles ids of the articles that mention it
 */
public record Entity(String id, String name, EntityType type, List<String> variants, List<String> roles,
                     int mentions, List<String> articles) {
    public Entity {
        variants = List.copyOf(variants);
        roles = List.copyOf(roles);
        articles = List.copyOf(articles);
    }
}
