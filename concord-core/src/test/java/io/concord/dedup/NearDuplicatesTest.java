package io.concord.dedup;

import io.concord.article.Article;
import io.concord.article.DateSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NearDuplicatesTest {
    private static final String WIRE = """
            The port authority of Lindqvist closed its container terminal on Monday after a fire broke out in a \
            warehouse storing paint and solvents. Firefighters fought the blaze for nine hours before bringing it \
            under control, and no injuries were reported. The authority said ships would be diverted to the \
            neighbouring terminal at Ostvik until an inspection of the cranes was complete. Shipping companies \
            warned that deliveries could be delayed by several days.""";

    private static Article article(String id, String text, String date) {
        return new Article(id, null, text, null, null, null, null,
                date == null ? null : LocalDate.parse(date), DateSource.METADATA);
    }

    @Test
    void wireCopyWithAnAddedLinePointsAtTheEarliestOriginal() {
        List<Article> run = List.of(
                article("a1", "Our reporter adds: the terminal was built in 1998. " + WIRE, "2024-06-04"),
                article("a2", WIRE, "2024-06-03"),
                article("a3", "A local bakery won a prize for its rye bread at the county fair on Sunday, "
                        + "beating forty other entries from across the region.", "2024-06-03"));
        Map<String, String> copies = new NearDuplicates().find(run);
        assertEquals(Map.of("a1", "a2"), copies);
    }

    @Test
    void fiveReprintsFormOneGroupAndDistinctReportsStayApart() {
        List<Article> run = List.of(article("a1", WIRE, null), article("a2", WIRE, null),
                article("a3", WIRE.replace("nine hours", "nine long hours"), null), article("a4", WIRE, null),
                article("a5", WIRE + " Copyright the agency.", null),
                article("a6", "Firefighters in Lindqvist said on Tuesday that the warehouse fire was started by "
                        + "an electrical fault, and the terminal reopened after cranes were inspected.", null));
        Map<String, String> copies = new NearDuplicates().find(run);
        assertEquals(4, copies.size());
        assertTrue(copies.values().stream().allMatch("a1"::equals));
        assertTrue(!copies.containsKey("a6"));
    }

    @Test
    void emptyAndTinyTextsAreNeverDuplicates() {
        Map<String, String> copies = new NearDuplicates().find(List.of(article("a1", "", null),
                article("a2", "", null), article("a3", "Short.", null), article("a4", "Short.", null)));
        assertTrue(copies.isEmpty());
    }
}
