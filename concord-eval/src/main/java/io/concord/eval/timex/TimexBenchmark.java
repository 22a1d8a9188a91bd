package io.concord.eval.timex;

import io.concord.nlp.TimeExpression;
import io.concord.timex.TimeMlConventions;
import io.concord.timex.TimeMlDocument;
import io.concord.timex.TimeMlReader;
import io.concord.timex.TimexTagger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Runs Concord's time-expression stage over a folder of gold TimeML documents (TempEval-3 TBAQ) and scores
 * it with {@link TimexScorer}: variant {@code concord} is what {@code concord timex} writes (the brief's
 * analyser with its news date corrections, then TimeML conventions). Given a second tagger whose analyser
 * leaves SUTime's values uncorrected, it also scores {@code no-news} (TimeML conventions on SUTime's own
 * values) and {@code sutime} (SUTime's values as they are). Documents with a DOCID already seen are skipped.
 */
public final class TimexBenchmark {
    private final TimexTagger tagger;
    private final TimexTagger sutimeTagger;
    private final TimeMlReader reader = new TimeMlReader();
    private final TimexScorer scorer = new TimexScorer();

    /**
     * @param tagger       the tagger under test (the brief's analyser)
     * @param sutimeTagger a tagger whose analyser does not apply the news corrections, or null to score
     *                     only {@code tagger}
     */
    public TimexBenchmark(TimexTagger tagger, TimexTagger sutimeTagger) {
        this.tagger = tagger;
        this.sutimeTagger = sutimeTagger;
    }

    /**
     * @param data  a folder searched recursively for {@code .tml} files
     * @param limit at most this many documents (0 or less: all)
     */
    public TimexBenchmarkResult run(Path data, int limit) {
        if (!Files.isDirectory(data)) {
            throw new IllegalArgumentException(data + ": not a folder of TimeML files");
        }
        List<Path> files = tmlFiles(data);
        if (files.isEmpty()) {
            throw new IllegalArgumentException(data + ": no .tml files");
        }
        long start = System.nanoTime();
        Map<String, TimexCounts> overall = new LinkedHashMap<>();
        Map<String, Map<String, TimexCounts>> byCorpus = new LinkedHashMap<>();
        List<TimexBenchmarkResult.Difference> differences = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int documents = 0;
        for (Path file : files) {
            if (limit > 0 && documents >= limit) {
                break;
            }
            TimeMlDocument gold = reader.read(file);
            if (!seen.add(gold.id())) {
                continue;
            }
            documents++;
            String corpus = corpusOf(data, file);
            Map<String, List<TimeExpression>> expressions = new LinkedHashMap<>();
            expressions.put("concord", tagger.expressions(gold));
            if (sutimeTagger != null) {
                List<TimeExpression> raw = sutimeTagger.expressions(gold);
                expressions.put("no-news", raw);
                expressions.put("sutime", raw);
            }
            for (String variant : expressions.keySet()) {
                TimeMlDocument system = TimexTagger.toTimeMl(gold, expressions.get(variant),
                        adjustment(variant, gold.creationDate()));
                List<TimexPair> pairs = scorer.match(gold.timexes(), system.timexes());
                TimexCounts c = TimexScorer.count(pairs, gold.timexes().size(), system.timexes().size());
                overall.merge(variant, c, TimexCounts::plus);
                byCorpus.computeIfAbsent(corpus, k -> new LinkedHashMap<>()).merge(variant, c, TimexCounts::plus);
                if (variant.equals("concord")) {
                    for (TimexPair p : pairs) {
                        if (!p.sameValue()) {
                            differences.add(TimexBenchmarkResult.Difference.of(gold.id(), p));
                        }
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new TimexBenchmarkResult(data.toString(), documents, seconds, overall, byCorpus, differences);
    }

    static UnaryOperator<TimeExpression> adjustment(String variant, LocalDate dct) {
        return switch (variant) {
            case "concord", "no-news" -> t -> TimeMlConventions.apply(t, dct);
            case "sutime" -> UnaryOperator.identity();
            default -> throw new IllegalArgumentException("unknown variant " + variant);
        };
    }

    private static List<Path> tmlFiles(Path data) {
        try (Stream<Path> s = Files.walk(data)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tml") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(data + ": cannot list files", e);
        }
    }

    private static String corpusOf(Path data, Path file) {
        Path rel = data.relativize(file);
        return rel.getNameCount() > 1 ? rel.getName(0).toString() : data.getFileName().toString();
    }
}
