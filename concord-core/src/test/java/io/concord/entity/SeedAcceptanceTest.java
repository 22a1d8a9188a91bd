package io.concord.entity;

import io.concord.article.Article;
import io.concord.article.DateSource;
import io.concord.nlp.AnalyzedArticle;
import io.concord.nlp.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Acceptance on the project's three seed reports, read at run time from {@code shared/data/seeds} (found by
 * walking up from the working directory, or from the system property {@code concord.seeds}); skipped when
 * they are absent. No seed text is stored in the project.
 */
@EnabledIf("seedsPresent")
class SeedAcceptanceTest {
    private static final LocalDate[] DATES = {
            LocalDate.of(2012, 2, 18), LocalDate.of(2012, 3, 6), LocalDate.of(2012, 2, 17)};
    private static EntityIndex index;

    static Path seeds() {
        String prop = System.getProperty("concord.seeds");
        if (prop != null) {
            return Path.of(prop);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/data/seeds");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    static boolean seedsPresent() {
        Path p = seeds();
        return p != null && Files.isDirectory(p);
    }

    /** Title on the first line; every other non-empty line is a paragraph. */
    static Article read(Path file, String id, LocalDate published) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> paragraphs = lines.stream().skip(1).map(String::strip).filter(l -> !l.isEmpty()).toList();
        return new Article(id, lines.get(0).strip(), String.join("\n\n", paragraphs), null, null, file.toString(),
                null, published, DateSource.MANIFEST);
    }

    @BeforeAll
    static void analyse() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds())) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertEquals(3, files.size());
        List<AnalyzedArticle> analysed = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            analysed.add(SharedAnalyzer.get().analyze(read(files.get(i), "a" + (i + 1), DATES[i])));
        }
        index = new EntityMerger().merge(analysed);
    }

    @Test
    void exactlyOnePresidentEntityHoldsEveryAssadForm() {
        List<Entity> holders = index.entities().stream()
                .filter(e -> e.variants().stream().anyMatch(v -> v.contains("Assad"))).toList();
        assertEquals(1, holders.size(), holders.toString());
        Entity assad = holders.get(0);
        assertEquals(EntityType.PERSON, assad.type());
        assertTrue(assad.variants().containsAll(List.of("Bashar al-Assad", "Assad")), assad.variants().toString());
    }

    @Test
    void districtSpellingsAreOnePlace() {
        List<String> spellings = List.of("Bab Amr", "Baba Amr", "Baba Amro");
        Entity district = index.entities().stream()
                .filter(e -> e.variants().stream().filter(spellings::contains).count() >= 2)
                .findFirst().orElseThrow(() -> new AssertionError(index.entities().toString()));
        assertEquals(EntityType.LOCATION, district.type());
    }

    @Test
    void envoyHasHisRole() {
        Entity zhai = index.entities().stream().filter(e -> e.name().equals("Zhai Jun")).findFirst().orElseThrow();
        assertTrue(zhai.variants().contains("Zhai"));
        assertTrue(zhai.roles().stream().anyMatch(r -> r.toLowerCase().contains("vice foreign minister")),
                zhai.roles().toString());
    }
}
