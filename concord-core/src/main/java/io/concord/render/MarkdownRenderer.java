package io.concord.render;

import io.concord.article.Problem;
import io.concord.brief.ArticleInfo;
import io.concord.brief.Brief;
import io.concord.claim.Claim;
import io.concord.claim.Disagreement;
import io.concord.entity.Entity;
import io.concord.nlp.EntityType;
import io.concord.quote.Quote;
import io.concord.summary.SummarySentence;
import io.concord.timeline.TimelineEntry;

import java.util.List;
import java.util.Map;

/** Renders a brief as Markdown for reading in a terminal or a notes app. */
public final class MarkdownRenderer implements BriefRenderer {

    @Override
    public String render(Brief b) {
        BriefView v = new BriefView(b);
        StringBuilder md = new StringBuilder();
        md.append("# ").append(b.story().title() == null ? "Story brief" : b.story().title()).append("\n\n");
        md.append("_").append(b.story().articleCount()).append(" articles")
                .append(b.story().outlets().isEmpty() ? "" : " from " + String.join(", ", b.story().outlets()))
                .append(" · ").append(BriefView.dateLine(b)).append("_\n\n");

        md.append("## Summary\n\n");
        if (b.summary().isEmpty()) {
            md.append("_No summary: no usable sentences._\n\n");
        }
        for (SummarySentence s : b.summary()) {
            md.append(cell(s.text(), false)).append(" [").append(v.sources(s.sources())).append("]\n");
        }
        md.append("\n## Timeline\n\n");
        if (b.timeline().isEmpty()) {
            md.append("_No dated events found._\n");
        } else {
            md.append("| Date | Event | Said as | Sources |\n|---|---|---|---|\n");
            for (TimelineEntry t : b.timeline()) {
                md.append("| ").append(t.date()).append(" | ").append(cell(t.text(), true)).append(" | ")
                        .append(cell(BriefView.orDash(t.expression()), true)).append(" | ")
                        .append(cell(v.sources(t.sources()), true)).append(" |\n");
            }
        }
        md.append("\n## Who and where\n");
        for (Map.Entry<EntityType, List<Entity>> group : v.entitiesByType().entrySet()) {
            md.append("\n### ").append(BriefView.typeLabel(group.getKey())).append("\n\n");
            for (Entity e : group.getValue()) {
                md.append("- **").append(cell(e.name(), false)).append("**");
                if (!e.roles().isEmpty()) {
                    md.append(", ").append(cell(String.join("; ", e.roles()), false));
                }
                List<String> others = e.variants().stream().filter(x -> !x.equals(e.name())).toList();
                if (!others.isEmpty()) {
                    md.append(" — also written ").append(cell(String.join(", ", others), false));
                }
                md.append(" (").append(e.mentions()).append(" mentions in ").append(String.join(", ", e.articles()))
                        .append(")\n");
            }
        }
        md.append("\n## Quotes\n");
        if (b.quotes().isEmpty()) {
            md.append("\n_No direct quotations found._\n");
        }
        for (Map.Entry<String, List<Quote>> speaker : v.quotesBySpeaker().entrySet()) {
            md.append("\n### ").append(cell(speaker.getKey(), false)).append("\n\n");
            for (Quote q : speaker.getValue()) {
                md.append("> “").append(cell(q.text(), false)).append("” — ")
                        .append(BriefView.orDash(q.cue())).append(" [").append(v.source(q.article())).append("]\n>\n");
            }
        }
        md.append("\n## Claims\n\n");
        if (b.claims().isEmpty()) {
            md.append("_No numeric claims found._\n");
        } else {
            md.append("| # | Subject | Value | According to | As of | Source |\n|---|---|---|---|---|---|\n");
            for (int i = 0; i < b.claims().size(); i++) {
                Claim c = b.claims().get(i);
                md.append("| ").append(i).append(" | ").append(cell(c.subject(), true)).append(" | ")
                        .append(cell(BriefView.value(c), true)).append(" | ")
                        .append(cell(BriefView.orDash(c.attribution()), true)).append(" | ")
                        .append(BriefView.orDash(c.asOf())).append(" | ").append(cell(v.source(c.article()), true))
                        .append(" |\n");
            }
        }
        if (!b.disagreements().isEmpty()) {
            md.append("\n### Where the sources differ\n\n");
            for (Disagreement d : b.disagreements()) {
                md.append("- **").append(cell(d.subject(), false)).append("** (").append(d.relation()).append(", ")
                        .append(d.kind()).append("): ").append(cell(d.explanation(), false))
                        .append(" — claims ").append(d.claims()).append("\n");
            }
        }
        md.append("\n## Sources\n\n");
        for (ArticleInfo a : b.articles()) {
            md.append("- **").append(a.id()).append("** ").append(cell(BriefView.orDash(a.title()), false))
                    .append(" — ").append(BriefView.orDash(a.outlet())).append(", ")
                    .append(a.published() == null ? "date unknown" : a.published() + " (from " + a.publishedFrom() + ")")
                    .append(", ").append(a.words()).append(" words");
            if (a.duplicateOf() != null) {
                md.append(", copy of ").append(a.duplicateOf());
            }
            if (a.url() != null) {
                md.append(", <").append(a.url()).append(">");
            } else if (a.path() != null) {
                md.append(", `").append(a.path()).append("`");
            }
            md.append("\n");
        }
        if (!b.problems().isEmpty()) {
            md.append("\n## Inputs not used\n\n");
            for (Problem p : b.problems()) {
                md.append("- `").append(p.path()).append("`: ").append(cell(p.reason(), false)).append("\n");
            }
        }
        return md.toString();
    }

    /** Text safe inside Markdown: no line breaks, and pipes escaped inside tables. */
    private static String cell(String s, boolean table) {
        String one = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return table ? one.replace("|", "\\|") : one;
    }
}
