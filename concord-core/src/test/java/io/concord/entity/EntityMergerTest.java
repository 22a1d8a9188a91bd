package io.concord.entity;

import io.concord.nlp.AnalyzedArticle;
import io.concord.nlp.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Merge rules on hand-built analysed articles (no CoreNLP): the input tags are exactly what each test says. */
class EntityMergerTest {
    private static EntityMerger merger;

    @BeforeAll
    static void setUp() {
        merger = new EntityMerger();
    }

    private static Entity only(EntityIndex index, String variant) {
        List<Entity> found = index.entities().stream().filter(e -> e.variants().contains(variant)).toList();
        assertEquals(1, found.size(), "entities with variant " + variant + ": " + found);
        return found.get(0);
    }

    @Test
    void personVariantsAcrossArticlesAreOneEntityNamedByTheFullestForm() {
        AnalyzedArticle a1 = Marked.article("a1",
                "Talks/NNS with/IN President/NNP [PERSON Karim/NNP al/NNP ~-/HYPH ~Jabouri/NNP ] ended/VBD ~./.",
                "[PERSON Jabouri/NNP ] left/VBD ~./.");
        AnalyzedArticle a2 = Marked.article("a2",
                "Critics/NNS of/IN [PERSON Karim/NNP Jabouri/NNP ] marched/VBD ~./.",
                "[PERSON Jabouri/NNP ] ~'s/POS allies/NNS stayed/VBD ~./.");
        EntityIndex index = merger.merge(List.of(a1, a2));
        Entity e = only(index, "Jabouri");
        assertEquals("Karim al-Jabouri", e.name());
        assertEquals(EntityType.PERSON, e.type());
        assertTrue(e.variants().containsAll(List.of("Karim al-Jabouri", "Karim Jabouri", "Jabouri",
                "President Karim al-Jabouri")), e.variants().toString());
        assertEquals(List.of("President"), e.roles());
        assertEquals(4, e.mentions());
        assertEquals(List.of("a1", "a2"), e.articles());
        assertEquals("e1", e.id());
        assertEquals(4, index.mentionToEntity().size());
        assertTrue(index.mentionToEntity().values().stream().allMatch("e1"::equals));
    }

    @Test
    void ambiguousSurnameStaysApart() {
        AnalyzedArticle a = Marked.article("a1",
                "[PERSON Ivan/NNP Petrov/NNP ] met/VBD [PERSON Olga/NNP Petrov/NNP ] ~./.",
                "[PERSON Petrov/NNP ] said/VBD nothing/NN ~./.");
        EntityIndex index = merger.merge(List.of(a));
        assertEquals(3, index.entities().size(), index.entities().toString());
        assertEquals("Petrov", only(index, "Petrov").name());
    }

    @Test
    void similarNamesOfDifferentPeopleAndPlacesAreNotMerged() {
        AnalyzedArticle a = Marked.article("a1",
                "[PERSON Sergei/NNP Ryabkov/NNP ] and/CC [PERSON Sergei/NNP Lavrov/NNP ] flew/VBD ~./.",
                "Shelling/NN hit/VBD [LOCATION Homs/NNP ] and/CC [LOCATION Hama/NNP ] ~./.",
                "Envoys/NNS from/IN [LOCATION Iraq/NNP ] and/CC [LOCATION Iran/NNP ] came/VBD ~./.");
        EntityIndex index = merger.merge(List.of(a));
        assertEquals(6, index.entities().size(), index.entities().toString());
    }

    @Test
    void transliterationVariantsMergeAcrossTypesAndThePlaceEvidenceWins() {
        AnalyzedArticle a1 = Marked.article("a1",
                "Troops/NNS shelled/VBD the/DT neighbourhood/NN of/IN [LOCATION Tal/NNP Abyad/NNP ] ~./.",
                "Rebels/NNS held/VBD [ORGANIZATION Tell/NNP Abiad/NNP ] for/IN weeks/NNS ~./.");
        AnalyzedArticle a2 = Marked.article("a2",
                "Aid/NN reached/VBD [ORGANIZATION Tal/NNP Abiad/NNP ] on/IN Monday/NNP ~./.");
        EntityIndex index = merger.merge(List.of(a1, a2));
        assertEquals(1, index.entities().size(), index.entities().toString());
        Entity e = index.entities().get(0);
        assertEquals(EntityType.LOCATION, e.type());
        assertEquals(3, e.variants().size());
    }

    @Test
    void placeTaggedAsPersonIsOnePlace() {
        AnalyzedArticle a1 = Marked.article("a1",
                "Fighting/NN spread/VBD from/IN [PERSON Qusayr/NNP ] ~./.",
                "The/DT siege/NN of/IN [PERSON Qusayr/NNP ] went/VBD on/RP ~./.");
        AnalyzedArticle a2 = Marked.article("a2",
                "Families/NNS fled/VBD the/DT town/NN of/IN [LOCATION Qusayr/NNP ] ~./.");
        EntityIndex index = merger.merge(List.of(a1, a2));
        assertEquals(1, index.entities().size());
        assertEquals(EntityType.LOCATION, index.entities().get(0).type());
        assertEquals(3, index.entities().get(0).mentions());
    }

    @Test
    void acronymsJoinTheirFullNameButNotLongerNames() {
        AnalyzedArticle a1 = Marked.article("a1",
                "The/DT [ORGANIZATION United/NNP Nations/NNPS ] warned/VBD ~./.",
                "The/DT [ORGANIZATION UN/NNP Security/NNP Council/NNP ] met/VBD ~./.");
        AnalyzedArticle a2 = Marked.article("a2",
                "The/DT [ORGANIZATION U.N./NNP ] said/VBD so/RB ~./.",
                "[ORGANIZATION UN/NNP ] officials/NNS agreed/VBD ~./.",
                "The/DT [ORGANIZATION Security/NNP Council/NNP ] voted/VBD ~./.",
                "The/DT [ORGANIZATION United/NNP Nations/NNPS Security/NNP Council/NNP ] adjourned/VBD ~./.");
        EntityIndex index = merger.merge(List.of(a1, a2));
        Entity un = only(index, "UN");
        assertTrue(un.variants().containsAll(List.of("United Nations", "U.N.")), un.variants().toString());
        assertEquals("United Nations", un.name());
        Entity council = only(index, "UN Security Council");
        assertNotEquals(un.id(), council.id());
        assertTrue(council.variants().containsAll(List.of("Security Council",
                "United Nations Security Council")), council.variants().toString());
        assertEquals(2, index.entities().size());
    }

    @Test
    void companyHeadJoinsItsOneFullName() {
        AnalyzedArticle a = Marked.article("a1",
                "[ORGANIZATION Northwind/NNP Traders/NNP ] and/CC [ORGANIZATION Acme/NNP Inc./NNP ] merged/VBD ~./.",
                "[ORGANIZATION Northwind/NNP ] and/CC [ORGANIZATION Acme/NNP ] agreed/VBD ~./.",
                "[ORGANIZATION Global/NNP Air/NNP ] and/CC [ORGANIZATION Global/NNP Rail/NNP ] and/CC [ORGANIZATION Global/NNP ] met/VBD ~./.");
        EntityIndex index = merger.merge(List.of(a));
        assertEquals(only(index, "Northwind Traders").id(), only(index, "Northwind").id());
        assertEquals(only(index, "Acme Inc.").id(), only(index, "Acme").id());
        assertNotEquals(only(index, "Global Air").id(), only(index, "Global").id());
        assertNotEquals(only(index, "Global Rail").id(), only(index, "Global").id());
    }

    @Test
    void acronymFollowsTheDominantFullNameAndIsNotATailOfALongerName() {
        AnalyzedArticle a = Marked.article("a1",
                "[ORGANIZATION Northwind/NNP Motors/NNPS ] and/CC [ORGANIZATION Northwind/NNP Motors/NNPS ] and/CC [ORGANIZATION Northwind/NNP Motors/NNPS ] rose/VBD ~./.",
                "[ORGANIZATION NM/NNP ] and/CC [ORGANIZATION New/NNP NM/NNP ] fell/VBD ~./.",
                "[ORGANIZATION Nordic/NNP Mining/NNP ] closed/VBD ~./.");
        EntityIndex index = merger.merge(List.of(a));
        assertEquals(only(index, "Northwind Motors").id(), only(index, "NM").id());
        assertNotEquals(only(index, "New NM").id(), only(index, "NM").id());
        assertNotEquals(only(index, "Nordic Mining").id(), only(index, "NM").id());
    }

    @Test
    void demonymsStayMiscAndAreNotMergedIntoPersons() {
        AnalyzedArticle a = Marked.article("a1",
                "[MISC Norman/JJ ] castles/NNS drew/VBD [PERSON Greg/NNP Norman/NNP ] ~./.",
                "[MISC Syrian/JJ ] and/CC [MISC Syrians/NNPS ] cheered/VBD ~./.",
                "[PERSON Norman/NNP ] waved/VBD ~./.");
        EntityIndex index = merger.merge(List.of(a));
        Entity misc = index.entities().stream().filter(e -> e.variants().contains("Norman")
                && e.type() == EntityType.MISC).findFirst().orElseThrow();
        Entity person = only(index, "Greg Norman");
        assertNotEquals(misc.id(), person.id());
        Entity syrian = only(index, "Syrians");
        assertEquals("Syrian", syrian.name());
        assertEquals(EntityType.MISC, syrian.type());
    }

    @Test
    void junkMentionsAreDroppedAndEveryOtherMentionIsMapped() {
        AnalyzedArticle a = Marked.article("a1",
                "[PERSON x/NN ] and/CC [ORGANIZATION 1,200/CD ] and/CC [MISC board/NN ] met/VBD [PERSON Ana/NNP Silva/NNP ] ~./.");
        EntityIndex index = merger.merge(List.of(a));
        assertEquals(1, index.entities().size());
        assertEquals(1, index.mentionToEntity().size());
        int begin = a.sentences().get(0).mentions().get(3).begin();
        assertEquals(Optional.of("Ana Silva"), index.atMention("a1", begin).map(Entity::name));
    }

    @Test
    void rolesFromTitlesAndAppositions() {
        AnalyzedArticle a = Marked.article("a1",
                "[PERSON Alma/NNP Brandt/NNP ] ~,/, the/DT [ORGANIZATION NATO/NNP ] secretary/NN ~-/HYPH ~general/JJ ~,/, spoke/VBD ~./.",
                "[ORGANIZATION NATO/NNP ] secretary/NN ~-/HYPH ~general/JJ [PERSON Alma/NNP Brandt/NNP ] agreed/VBD ~./.",
                "[PERSON Lena/NNP Ortiz/NNP ] ~,/, [LOCATION Chile/NNP ] ~'s/POS vice/JJ foreign/JJ minister/NN ~,/, arrived/VBD ~./.",
                "Deputy/NNP foreign/JJ minister/NN [PERSON Lena/NNP Ortiz/NNP ] spoke/VBD ~./.",
                "They/PRP sought/VBD to/TO oust/VB authoritarian/JJ president/NN [PERSON Omar/NNP Dallal/NNP ] ~./.",
                "[ORGANIZATION Foreign/NNP Ministry/NNP ] spokesperson/NN [PERSON Hu/NNP Lan/NNP ] said/VBD ~./.",
                "[PERSON Ortiz/NNP ] ~,/, who/WP arrived/VBD late/RB ~,/, smiled/VBD ~./.");
        EntityIndex index = merger.merge(List.of(a));
        assertEquals(List.of("NATO secretary-general"), only(index, "Alma Brandt").roles());
        assertEquals(List.of("Chile's vice foreign minister", "Deputy foreign minister"),
                only(index, "Lena Ortiz").roles());
        assertEquals(List.of("president"), only(index, "Omar Dallal").roles());
        assertEquals(List.of("Foreign Ministry spokesperson"), only(index, "Hu Lan").roles());
        assertEquals(0, only(index, "Foreign Ministry").roles().size());
    }

    @Test
    void titleInsideAPersonMentionIsARoleAndTheSurnameJoinsTheFullName() {
        AnalyzedArticle a = Marked.article("a1",
                "Aid/NN chief/NN [PERSON Maria/NNP Amos/NNP ] arrived/VBD ~./.",
                "[PERSON Baroness/NNP Amos/NNP ] said/VBD it/PRP was/VBD grim/JJ ~./.",
                "[PERSON Mr/NNP Vale/NNP ] replied/VBD ~./.");
        EntityIndex index = merger.merge(List.of(a));
        Entity amos = only(index, "Baroness Amos");
        assertEquals("Maria Amos", amos.name());
        assertTrue(amos.roles().contains("Baroness"), amos.roles().toString());
        assertFalse(only(index, "Mr Vale").roles().contains("Mr"));
    }

    @Test
    void occupationalFirstNamesAreNotTitles() {
        AnalyzedArticle a = Marked.article("a1",
                "[PERSON Hunter/NNP Lund/NNP ] met/VBD [PERSON Eva/NNP Lund/NNP ] ~./.",
                "[PERSON Vice/NNP President/NNP Ana/NNP Silva/NNP ] and/CC [PERSON Ana/NNP Silva/NNP ] waved/VBD ~./.");
        EntityIndex index = merger.merge(List.of(a));
        assertNotEquals(only(index, "Hunter Lund").id(), only(index, "Eva Lund").id());
        Entity silva = only(index, "Vice President Ana Silva");
        assertEquals("Ana Silva", silva.name());
        assertEquals(List.of("Vice President"), silva.roles());
    }

    @Test
    void idsGoByMentionsMostFirst() {
        AnalyzedArticle a = Marked.article("a1",
                "[LOCATION Oslo/NNP ] hosted/VBD [PERSON Eva/NNP Lund/NNP ] ~./.",
                "[PERSON Lund/NNP ] left/VBD [LOCATION Oslo/NNP ] for/IN [LOCATION Bergen/NNP ] ~./.",
                "[PERSON Lund/NNP ] returned/VBD ~./.");
        EntityIndex index = merger.merge(List.of(a));
        assertEquals(List.of("Eva Lund", "Oslo", "Bergen"), index.entities().stream().map(Entity::name).toList());
        assertEquals(List.of("e1", "e2", "e3"), index.entities().stream().map(Entity::id).toList());
    }

    @Test
    void resolverFindsEntitiesForBareNames() {
        AnalyzedArticle a = Marked.article("a1",
                "President/NNP [PERSON Karim/NNP al/NNP ~-/HYPH ~Jabouri/NNP ] met/VBD [PERSON Ivan/NNP Petrov/NNP ] and/CC [PERSON Olga/NNP Petrov/NNP ] ~./.",
                "The/DT [ORGANIZATION European/NNP Union/NNP ] and/CC the/DT [ORGANIZATION EU/NNP ] agreed/VBD ~./.");
        EntityIndex index = merger.merge(List.of(a));
        EntityResolver r = new EntityResolver(index);
        assertEquals(Optional.of("Karim al-Jabouri"), r.resolve("Jabouri").map(Entity::name));
        assertEquals(Optional.of("Karim al-Jabouri"), r.resolve("President Karim Jabouri").map(Entity::name));
        assertEquals(Optional.of("Karim al-Jabouri"), r.resolve("Mr. Jabouri's").map(Entity::name));
        assertEquals(Optional.of("European Union"), r.resolve("E.U.").map(Entity::name));
        assertEquals(Optional.empty(), r.resolve("Petrov"));
        assertEquals(Optional.empty(), r.resolve("Someone Else"));
        assertEquals(Optional.of("Ivan Petrov"), index.resolveName("Ivan Petrov").map(Entity::name));
    }

    @Test
    void emptyInputGivesEmptyIndex() {
        EntityIndex index = merger.merge(List.of());
        assertTrue(index.entities().isEmpty());
        assertTrue(index.mentionToEntity().isEmpty());
    }
}
