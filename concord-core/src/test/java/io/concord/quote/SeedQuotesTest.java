package io.concord.quote;

import io.concord.article.Article;
import io.concord.entity.EntityIndex;
import io.concord.nlp.AnalyzedArticle;
import io.concord.nlp.CoreNlpAnalyzer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Acceptance on the project's three seed reports, read at run time from {@code shared/data/seeds} next to an
 * ancestor of the working directory (skipped when absent; nothing from them is stored in the project).
 */
class SeedQuotesTest {

    static Path seeds() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path s = p.resolve("shared/data/seeds");
            if (Files.isDirectory(s)) {
                return s;
            }
        }
        return null;
    }

    @Test
    void speakersOfTheSeedQuotesHaveTheirFullNames() throws IOException {
        Path dir = seeds();
        Assumptions.assumeTrue(dir != null, "seed reports not available");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Map<Integer, LocalDate> dates = Map.of(0, LocalDate.of(2012, 2, 18), 1, LocalDate.of(2012, 3, 6),
                2, LocalDate.of(2012, 2, 17));
        CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer();
        List<AnalyzedArticle> analysed = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            List<String> lines = Files.readAllLines(files.get(i)).stream().map(String::strip)
                    .filter(l -> !l.isEmpty()).toList();
            String text = String.join("\n\n", lines.subList(1, lines.size()));
            analysed.add(analyzer.analyze(new Article("a" + (i + 1), lines.get(0), text, null, null,
                    files.get(i).toString(), null, dates.get(i), null)));
        }
        List<Quote> quotes = new QuoteFinder().find(analysed, new EntityIndex(List.of(), Map.of()));
        quotes.forEach(q -> System.out.println(q.article() + " [" + q.speakerName() + " / " + q.cue() + "] " + q.text()));
        Set<String> speakers = quotes.stream().map(Quote::speakerName).filter(n -> n != null)
                .collect(Collectors.toCollection(TreeSet::new));
        for (String name : List.of("Zhai Jun", "Anders Fogh Rasmussen", "Valerie Amos", "Sergei Ryabkov",
                "Liu Weimin", "Mohammad al-Homsi")) {
            assertTrue(speakers.contains(name), name + " not among " + speakers);
        }
    }
}
