package io.concord.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.concord.article.Problem;
import io.concord.brief.ArticleInfo;
import io.concord.brief.Brief;
import io.concord.brief.StoryInfo;
import io.concord.claim.Claim;
import io.concord.claim.Disagreement;
import io.concord.entity.Entity;
import io.concord.nlp.EntityType;
import io.concord.quote.Quote;
import io.concord.summary.SummarySentence;
import io.concord.timeline.TimelineEntry;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RenderersTest {
    /** A small fictional brief about a harbour bridge closure. */
    static Brief sample() {
        return new Brief(
                new StoryInfo("Harbour bridge shut after cracks found", 2, List.of("Gazette", "Courier"),
                        "2024-05-02", "2024-05-04"),
                List.of(new ArticleInfo("a1", "Bridge shut", "Gazette", "https://gazette.example/b", null,
                                "2024-05-02", "metadata", 210, null),
                        new ArticleInfo("a2", "Cracks & <delays>", "Courier", null, "in/courier.txt",
                                null, "none", 180, "a1")),
                List.of(new SummarySentence("Engineers closed the Tarrow bridge on Thursday.", "a1",
                        List.of("a1", "a2"))),
                List.of(new Entity("e1", "Mira Okafor", EntityType.PERSON, List.of("Mira Okafor", "Okafor"),
                                List.of("city engineer"), 4, List.of("a1", "a2")),
                        new Entity("e2", "Tarrow", EntityType.LOCATION, List.of("Tarrow"), List.of(), 3,
                                List.of("a1"))),
                List.of(new TimelineEntry("2024-05-02", "Engineers closed the Tarrow bridge.", "Thursday",
                        List.of("a1", "a2"))),
                List.of(new Quote("We will not take risks | with lives", "e1", "Mira Okafor", "said", "a1", 10, 40)),
                List.of(new Claim("vehicles crossing daily", 40000, "about", "vehicles", "the council",
                                "2024-05-02", "a1", "About 40,000 vehicles cross daily, the council said."),
                        new Claim("vehicles crossing daily", 52000.5, null, "vehicles", "drivers' union",
                                "2024-05-04", "a2", "The union says 52,000 vehicles cross.")),
                List.of(new Disagreement("vehicles crossing daily", List.of(0, 1), "value", "conflict",
                        "council about 40,000; union 52,000")),
                List.of(new Problem("in/photo.jpg", "not a supported format")));
    }

    @Test
    void jsonFollowsTheContract() throws Exception {
        JsonNode root = new ObjectMapper().readTree(new JsonRenderer().render(sample()));
        assertEquals("concord.brief/1", root.get("schema").asText());
        assertEquals(2, root.at("/story/articleCount").asInt());
        assertEquals("a1", root.at("/articles/1/duplicateOf").asText());
        assertTrue(root.at("/articles/1/published").isNull());
        assertEquals("none", root.at("/articles/1/publishedFrom").asText());
        assertEquals(2, root.at("/summary/0/sources").size());
        assertEquals("PERSON", root.at("/entities/0/type").asText());
        assertEquals("Okafor", root.at("/entities/0/variants/1").asText());
        assertEquals("Thursday", root.at("/timeline/0/expression").asText());
        assertEquals("e1", root.at("/quotes/0/speaker").asText());
        assertTrue(root.at("/claims/0/value").isIntegralNumber(), "whole numbers are written as integers");
        assertEquals(40000, root.at("/claims/0/value").asLong());
        assertEquals(52000.5, root.at("/claims/1/value").asDouble());
        assertEquals(1, root.at("/disagreements/0/claims/1").asInt());
        assertEquals("conflict", root.at("/disagreements/0/relation").asText());
        assertEquals("in/photo.jpg", root.at("/problems/0/path").asText());
    }

    @Test
    void markdownHasEverySectionAndEscapesTables() {
        String md = new MarkdownRenderer().render(sample());
        for (String heading : List.of("# Harbour bridge shut", "## Summary", "## Timeline", "## Who and where",
                "## Quotes", "## Claims", "### Where the sources differ", "## Sources", "## Inputs not used")) {
            assertTrue(md.contains(heading), "missing " + heading);
        }
        assertTrue(md.contains("[a1 Gazette; a2 Courier]"), "summary cites every source with its outlet");
        assertTrue(md.contains("| about 40,000 vehicles |"));
        assertTrue(md.contains("also written Okafor"));
        assertTrue(md.contains("copy of a1"));
    }

    @Test
    void htmlIsSelfContainedAndEscaped() {
        String html = new HtmlRenderer().render(sample());
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("Cracks &amp; &lt;delays&gt;"));
        assertFalse(html.contains("<script"), "no scripts");
        assertFalse(html.matches("(?s).*<link[^>]+stylesheet.*"), "no external stylesheet");
        assertTrue(html.contains("<tr class=\"disputed\">"), "claims in a disagreement are highlighted");
        assertTrue(html.contains("Mira Okafor"));
        assertTrue(html.contains("<ul class=\"timeline\">"));
    }

    @Test
    void unknownFormatIsRejectedWithItsName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BriefRenderer.forFormat("pdf"));
        assertTrue(e.getMessage().contains("pdf"));
        assertTrue(BriefRenderer.forFormat("MD") instanceof MarkdownRenderer);
    }
}
