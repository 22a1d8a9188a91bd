package io.concord.eval.extract;

import java.util.function.Function;

/** A main-text extractor under test: a name for the table and a function from an evaluation page to its text. */
public record NamedExtractor(String name, Function<ExtractionCase, String> function) {
}
