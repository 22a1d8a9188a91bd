package io.concord.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.concord.article.Problem;
import io.concord.brief.ArticleInfo;
import io.concord.brief.Brief;
import io.concord.brief.StoryInfo;
import io.concord.claim.Claim;
import io.concord.claim.Disagreement;
import io.concord.entity.Entity;
import io.concord.quote.Quote;
import io.concord.summary.SummarySentence;
import io.concord.timeline.TimelineEntry;

import java.util.List;

/** Renders a {@link Brief} as JSON in the shape of the brief contract ({@code concord.brief/1}). */
public final class JsonRenderer implements BriefRenderer {
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String render(Brief brief) {
        try {
            return mapper.writeValueAsString(toTree(brief)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise brief", e);
        }
    }

    /** The brief as a Jackson tree (also used by the HTTP layer). */
    public ObjectNode toTree(Brief brief) {
        ObjectNode root = mapper.createObjectNode();
        root.put("schema", Brief.SCHEMA);
        StoryInfo s = brief.story();
        ObjectNode story = root.putObject("story");
        story.put("title", s.title());
        story.put("articleCount", s.articleCount());
        strings(story.putArray("outlets"), s.outlets());
        story.put("from", s.from());
        story.put("to", s.to());

        ArrayNode articles = root.putArray("articles");
        for (ArticleInfo a : brief.articles()) {
            ObjectNode o = articles.addObject();
            o.put("id", a.id());
            o.put("title", a.title());
            o.put("outlet", a.outlet());
            o.put("url", a.url());
            o.put("path", a.path());
            o.put("published", a.published());
            o.put("publishedFrom", a.publishedFrom());
            o.put("words", a.words());
            o.put("duplicateOf", a.duplicateOf());
        }
        ArrayNode summary = root.putArray("summary");
        for (SummarySentence ss : brief.summary()) {
            ObjectNode o = summary.addObject();
            o.put("text", ss.text());
            o.put("article", ss.article());
            strings(o.putArray("sources"), ss.sources());
        }
        ArrayNode entities = root.putArray("entities");
        for (Entity e : brief.entities()) {
            ObjectNode o = entities.addObject();
            o.put("id", e.id());
            o.put("name", e.name());
            o.put("type", e.type().name());
            strings(o.putArray("variants"), e.variants());
            strings(o.putArray("roles"), e.roles());
            o.put("mentions", e.mentions());
            strings(o.putArray("articles"), e.articles());
        }
        ArrayNode timeline = root.putArray("timeline");
        for (TimelineEntry t : brief.timeline()) {
            ObjectNode o = timeline.addObject();
            o.put("date", t.date());
            o.put("text", t.text());
            o.put("expression", t.expression());
            strings(o.putArray("sources"), t.sources());
        }
        ArrayNode quotes = root.putArray("quotes");
        for (Quote q : brief.quotes()) {
            ObjectNode o = quotes.addObject();
            o.put("text", q.text());
            o.put("speaker", q.speaker());
            o.put("speakerName", q.speakerName());
            o.put("cue", q.cue());
            o.put("article", q.article());
        }
        ArrayNode claims = root.putArray("claims");
        for (Claim c : brief.claims()) {
            ObjectNode o = claims.addObject();
            o.put("subject", c.subject());
            if (c.value() == Math.rint(c.value()) && Math.abs(c.value()) < 1e15) {
                o.put("value", (long) c.value());
            } else {
                o.put("value", c.value());
            }
            o.put("qualifier", c.qualifier());
            o.put("unit", c.unit());
            o.put("attribution", c.attribution());
            o.put("asOf", c.asOf());
            o.put("article", c.article());
            o.put("sentence", c.sentence());
        }
        ArrayNode disagreements = root.putArray("disagreements");
        for (Disagreement d : brief.disagreements()) {
            ObjectNode o = disagreements.addObject();
            o.put("subject", d.subject());
            ArrayNode idx = o.putArray("claims");
            d.claims().forEach(idx::add);
            o.put("kind", d.kind());
            o.put("relation", d.relation());
            o.put("explanation", d.explanation());
        }
        ArrayNode problems = root.putArray("problems");
        for (Problem p : brief.problems()) {
            ObjectNode o = problems.addObject();
            o.put("path", p.path());
            o.put("reason", p.reason());
        }
        return root;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
