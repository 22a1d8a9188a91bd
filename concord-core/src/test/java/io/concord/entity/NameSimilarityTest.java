package io.concord.entity;

import org.junit.jupiter.api.Test;

import static io.concord.entity.NameSimilarity.Match.NONE;
import static io.concord.entity.NameSimilarity.Match.STRONG;
import static io.concord.entity.NameSimilarity.Match.WEAK;
import static org.junit.jupiter.api.Assertions.assertEquals;

class NameSimilarityTest {
    private static NameSimilarity.Match cmp(String a, String b) {
        return NameSimilarity.compare(NameKey.key(a), NameKey.key(b));
    }

    @Test
    void transliterationVariantsMatch() {
        assertEquals(STRONG, cmp("Bab Amr", "Baba Amro"));
        assertEquals(STRONG, cmp("Baba Amr", "Baba Amro"));
        assertEquals(STRONG, cmp("Tal Abyad", "Tell Abiad"));
        assertEquals(STRONG, cmp("Muammar Gaddafi", "Moammar Qaddafi"));
        assertEquals(STRONG, cmp("Bashar al-Assad", "Bashar Asad"));
        assertEquals(WEAK, cmp("Homs", "Hims"));
        assertEquals(WEAK, cmp("Chrysler", "Chrylser"));
        assertEquals(STRONG, cmp("Muammar Gaddafi", "Muammar Kadhafi"));
    }

    @Test
    void differentNamesDoNotMatch() {
        assertEquals(NONE, cmp("Homs", "Hama"));
        assertEquals(NONE, cmp("Iraq", "Iran"));
        assertEquals(NONE, cmp("Sergei Ryabkov", "Sergei Lavrov"));
        assertEquals(NONE, cmp("Homs", "Homsi"));
        assertEquals(NONE, cmp("Austria", "Australia"));
        assertEquals(NONE, cmp("Oman", "Amman"));
        assertEquals(NONE, cmp("Zhai Jun", "Zhai"));
        assertEquals(NONE, cmp("Route 66", "Route 67"));
        assertEquals(NONE, cmp("China Eastern Airlines", "China Southern Airlines"));
    }

    @Test
    void editDistanceAndJaroWinkler() {
        assertEquals(3, NameSimilarity.levenshtein("kitten", "sitting"));
        assertEquals(0, NameSimilarity.levenshtein("", ""));
        assertEquals(1, NameSimilarity.osa("chrysler", "chrylser"));
        assertEquals(2, NameSimilarity.levenshtein("chrysler", "chrylser"));
        assertEquals(0.961, NameSimilarity.jaroWinkler("martha", "marhta"), 0.001);
        assertEquals(0.840, NameSimilarity.jaroWinkler("dwayne", "duane"), 0.001);
        assertEquals(0.813, NameSimilarity.jaroWinkler("dixon", "dicksonx"), 0.001);
        assertEquals(0.0, NameSimilarity.jaroWinkler("abc", "xyz"), 1e-9);
    }
}
