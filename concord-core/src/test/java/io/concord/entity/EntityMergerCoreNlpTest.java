package io.concord.entity;

import io.concord.article.Article;
import io.concord.article.DateSource;
import io.concord.nlp.AnalyzedArticle;
import io.concord.nlp.CoreNlpAnalyzer;
import io.concord.nlp.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fictional three-article story (test resources story-1..3.txt) analysed with the real CoreNLP pipeline,
 * then merged: transliterated names, a place CoreNLP tags as a person once, acronyms, surnames, roles.
 */
class EntityMergerCoreNlpTest {
    private static List<AnalyzedArticle> story;
    private static EntityIndex index;
    private static long analysisNanos;
    private static long mergeNanos;

    @BeforeAll
    static void analyse() throws IOException {
        CoreNlpAnalyzer analyzer = SharedAnalyzer.get();
        List<AnalyzedArticle> out = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 1; i <= 3; i++) {
            String name = "story-" + i + ".txt";
            try (InputStream in = EntityMergerCoreNlpTest.class.getResourceAsStream(name)) {
                assertNotNull(in, name);
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
                out.add(analyzer.analyze(new Article("s" + i, null, text, null, null, name, null,
                        LocalDate.of(2023, 4, 9 + i), DateSource.METADATA)));
            }
        }
        analysisNanos = System.nanoTime() - t0;
        story = out;
        EntityMerger merger = new EntityMerger();
        long t1 = System.nanoTime();
        index = merger.merge(story);
        mergeNanos = System.nanoTime() - t1;
    }

    private static Entity withVariant(String variant) {
        List<Entity> found = index.entities().stream().filter(e -> e.variants().contains(variant)).toList();
        assertEquals(1, found.size(), variant + " in " + index.entities());
        return found.get(0);
    }

    @Test
    void envoyIsOnePersonWithRoles() {
        Entity e = withVariant("Halvorsen");
        assertEquals("Ingrid Halvorsen", e.name());
        assertEquals(EntityType.PERSON, e.type());
        assertEquals(4, e.mentions());
        assertEquals(List.of("s1", "s3"), e.articles());
        assertTrue(e.roles().contains("Norwegian envoy"), e.roles().toString());
        assertTrue(e.roles().stream().anyMatch(r -> r.startsWith("UN special envoy")), e.roles().toString());
    }

    @Test
    void presidentNamedByFullestFormWithParticleVariants() {
        Entity e = withVariant("Mansouri");
        assertEquals("Abdul-Karim al-Mansouri", e.name());
        assertTrue(e.variants().containsAll(List.of("Abdul-Karim Mansouri", "President Abdul-Karim al-Mansouri")),
                e.variants().toString());
        assertEquals(List.of("President"), e.roles());
        assertEquals(List.of("s1", "s2"), e.articles());
    }

    @Test
    void transliteratedDistrictIsOnePlaceEvenWhenTaggedAsPerson() {
        Entity e = withVariant("Bab al-Yaman");
        assertEquals(EntityType.LOCATION, e.type());
        assertTrue(e.variants().containsAll(List.of("Bab el Yemen", "Bab al-Yemen")), e.variants().toString());
        assertEquals(List.of("s1", "s2", "s3"), e.articles());
    }

    @Test
    void similarNamesOfTwoOfficialsStayApart() {
        Entity rahimi = withVariant("Khalid Rahimi");
        assertTrue(rahimi.variants().contains("Khalid al-Rahimi"));
        assertTrue(rahimi.roles().stream().anyMatch(r -> r.equalsIgnoreCase("deputy foreign minister")),
                rahimi.roles().toString());
        assertNotEquals(rahimi.id(), withVariant("Khalid Rahman").id());
    }

    @Test
    void acronymJoinsItsOrganisationButNotTheCouncil() {
        Entity un = withVariant("United Nations");
        assertTrue(un.variants().contains("UN"));
        Entity council = withVariant("UN Security Council");
        assertTrue(council.variants().contains("U.N. Security Council"));
        assertNotEquals(un.id(), council.id());
        assertEquals(EntityType.MISC, withVariant("Norwegian").type());
    }

    @Test
    void everyMentionIsMappedAndResolvable() {
        int mentions = story.stream().mapToInt(a -> a.sentences().stream().mapToInt(s -> s.mentions().size()).sum())
                .sum();
        assertEquals(mentions, index.mentionToEntity().size());
        assertEquals(mentions, index.entities().stream().mapToInt(Entity::mentions).sum());
        EntityResolver resolver = new EntityResolver(index);
        assertEquals(Optional.of("Khalid al-Rahimi"), resolver.resolve("Rahimi").map(Entity::name));
        assertEquals(Optional.of("Abdul-Karim al-Mansouri"), resolver.resolve("Mr. Mansouri").map(Entity::name));
        assertEquals(Optional.empty(), resolver.resolve("Khalid"));
    }

    @Test
    void mergingIsFarCheaperThanAnalysis() {
        assertTrue(mergeNanos * 5 < analysisNanos,
                "merge " + mergeNanos / 1e6 + " ms vs analysis " + analysisNanos / 1e6 + " ms");
    }
}
