package io.concord.entity;

import io.concord.nlp.CoreNlpAnalyzer;

/** One CoreNLP pipeline for all test classes of this package that run in the same JVM (loading takes ~10 s). */
final class SharedAnalyzer {
    private SharedAnalyzer() {
    }

    private static CoreNlpAnalyzer analyzer;

    static synchronized CoreNlpAnalyzer get() {
        if (analyzer == null) {
            analyzer = new CoreNlpAnalyzer();
        }
        return analyzer;
    }
}
