package io.concord.eval.summarize;

import io.concord.eval.baseline.CentroidSummarizer;
import io.concord.eval.baseline.LeadSummarizer;
import io.concord.eval.baseline.LexRankSummarizer;
import io.concord.eval.baseline.TextRankSummarizer;
import io.concord.summary.BudgetMode;
import io.concord.summary.ConcordSummarizer;
import io.concord.summary.Selection;
import io.concord.summary.SentenceModel;
import io.concord.summary.Summarizer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The summarization methods available by name: Concord's summarizer and the baselines. */
public final class Methods {
    /** Method names, Concord's first. */
    public static final List<String> NAMES = List.of("concord", "lead", "lexrank", "textrank", "centroid");
    /**
     * Concord's summarizer with a given {@link Selection}, for comparing the strategies, and without its
     * second (sentence-embedding) stage ({@code concord-stage1}).
     */
    public static final List<String> SELECTIONS = List.of("concord-mmr", "concord-submodular", "concord-concepts",
            "concord-stage1");

    /** Whether {@code name} (case-insensitive) names a method or a selection variant. */
    public static boolean isKnown(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return NAMES.contains(n) || SELECTIONS.contains(n);
    }

    private Methods() {
    }

    /**
     * A summarizer by name (case-insensitive); throws with the list of names for an unknown one.
     * Concord's uses the bundled sentence model when there is one, and the bundled second stage with
     * sentence embeddings when that and the embedding model load.
     */
    public static Summarizer create(String name, BudgetMode mode) {
        return create(name, mode, null);
    }

    /**
     * As {@link #create(String, BudgetMode)}; {@code model} (for Concord's summarizer) is a model file,
     * {@code "none"} for the hand-weighted scorer, or null for the bundled model.
     */
    public static Summarizer create(String name, BudgetMode mode, String model) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "concord" -> model == null ? ConcordSummarizer.withBundledModels(mode)
                    : new ConcordSummarizer(ConcordSummarizer.Weights.defaults(), mode, model(model));
            case "concord-stage1" -> new ConcordSummarizer(ConcordSummarizer.Weights.defaults(), mode, model(model));
            case "concord-mmr" -> new ConcordSummarizer(ConcordSummarizer.Weights.defaults(), mode, model(model),
                    Selection.MMR);
            case "concord-submodular" -> new ConcordSummarizer(ConcordSummarizer.Weights.defaults(), mode,
                    model(model), Selection.SUBMODULAR);
            case "concord-concepts" -> new ConcordSummarizer(ConcordSummarizer.Weights.defaults(), mode,
                    model(model), Selection.CONCEPTS);
            case "lead" -> new LeadSummarizer(mode);
            case "lexrank" -> new LexRankSummarizer(mode);
            case "textrank" -> new TextRankSummarizer(mode);
            case "centroid" -> new CentroidSummarizer(mode);
            default -> throw new IllegalArgumentException("unknown summarization method '" + name
                    + "'; known: " + String.join(", ", NAMES) + ", " + String.join(", ", SELECTIONS));
        };
    }

    private static SentenceModel model(String model) {
        if (model == null) {
            return SentenceModel.loadBundled().orElse(null);
        }
        if (model.equalsIgnoreCase("none")) {
            return null;
        }
        try {
            return SentenceModel.load(Path.of(model));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
