package io.concord.nlp;

/** Coarse entity classes used across Concord. */
public enum EntityType { PERSON, ORGANIZATION, LOCATION, MISC }
