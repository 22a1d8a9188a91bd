package io.concord.quote;

import io.concord.nlp.EntityType;

/** A resolved speaker: the story's entity id (or null), its fullest name, and its type (null when unknown). */
record Speaker(String id, String name, EntityType type) {
}
