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
import org.jsoup.nodes.Entities;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Renders a brief as one self-contained HTML page (inline CSS, no scripts, no external resources). */
public final class HtmlRenderer implements BriefRenderer {
    private static final String CSS = """
            body{font:16px/1.55 Georgia,'Times New Roman',serif;color:#1d1d1f;background:#fbfaf7;margin:0}
            main{max-width:60rem;margin:0 auto;padding:2rem 1.25rem 4rem}
            h1{font-size:2rem;line-height:1.2;margin:0 0 .3rem}
            h2{font:600 1.05rem/1.3 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.06em;
               border-bottom:2px solid #1d1d1f;padding-bottom:.3rem;margin-top:2.5rem}
            h3{font:600 1rem system-ui,sans-serif;margin:1.2rem 0 .4rem}
            .meta,.src,small{font:.85rem system-ui,sans-serif;color:#5f5f66}
            .src a{color:#5f5f66}
            ol.summary li{margin:.45rem 0}
            .cite{font:.75rem system-ui,sans-serif;background:#ecebe6;border-radius:3px;padding:0 .3rem;
                  margin-left:.25rem;white-space:nowrap}
            ul.timeline{list-style:none;padding:0;border-left:3px solid #c9c6bb;margin-left:.4rem}
            ul.timeline li{position:relative;padding:0 0 .9rem 1.2rem}
            ul.timeline li:before{content:'';position:absolute;left:-.5rem;top:.45rem;width:.7rem;height:.7rem;
                  border-radius:50%;background:#1d1d1f}
            .date{font:600 .9rem system-ui,sans-serif;display:block}
            table{border-collapse:collapse;width:100%;font:.88rem/1.4 system-ui,sans-serif}
            th,td{border-bottom:1px solid #dedbd2;text-align:left;padding:.35rem .5rem;vertical-align:top}
            th{background:#ecebe6}
            tr.disputed td{background:#fff3d6}
            blockquote{margin:.4rem 0 .8rem;padding:.2rem 0 .2rem 1rem;border-left:3px solid #c9c6bb}
            .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(17rem,1fr));gap:0 2rem}
            .grid ul{padding-left:1.1rem}
            .diff{background:#fff3d6;border-radius:4px;padding:.5rem .8rem;margin:.5rem 0}
            """;

    @Override
    public String render(Brief b) {
        BriefView v = new BriefView(b);
        String title = b.story().title() == null ? "Story brief" : b.story().title();
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
                .append("<meta name=\"generator\" content=\"Concord\"><title>").append(esc(title))
                .append("</title><style>").append(CSS).append("</style></head><body><main>\n");
        h.append("<h1>").append(esc(title)).append("</h1>\n<p class=\"meta\">").append(b.story().articleCount())
                .append(" articles");
        if (!b.story().outlets().isEmpty()) {
            h.append(" from ").append(esc(String.join(", ", b.story().outlets())));
        }
        h.append(" · ").append(esc(BriefView.dateLine(b))).append("</p>\n");

        h.append("<h2>Summary</h2>\n<ol class=\"summary\">\n");
        for (SummarySentence s : b.summary()) {
            h.append("<li>").append(esc(s.text()));
            for (String src : s.sources()) {
                h.append("<span class=\"cite\">").append(esc(v.source(src))).append("</span>");
            }
            h.append("</li>\n");
        }
        h.append("</ol>\n");
        if (b.summary().isEmpty()) {
            h.append("<p class=\"meta\">No summary: no usable sentences.</p>\n");
        }

        h.append("<h2>Timeline</h2>\n");
        if (b.timeline().isEmpty()) {
            h.append("<p class=\"meta\">No dated events found.</p>\n");
        } else {
            h.append("<ul class=\"timeline\">\n");
            for (TimelineEntry t : b.timeline()) {
                h.append("<li><span class=\"date\">").append(esc(t.date()));
                if (t.expression() != null) {
                    h.append(" <small>(“").append(esc(t.expression())).append("”)</small>");
                }
                h.append("</span>").append(esc(t.text()));
                for (String src : t.sources()) {
                    h.append("<span class=\"cite\">").append(esc(v.source(src))).append("</span>");
                }
                h.append("</li>\n");
            }
            h.append("</ul>\n");
        }

        h.append("<h2>Who and where</h2>\n<div class=\"grid\">\n");
        for (Map.Entry<EntityType, List<Entity>> group : v.entitiesByType().entrySet()) {
            h.append("<section><h3>").append(BriefView.typeLabel(group.getKey())).append("</h3><ul>\n");
            for (Entity e : group.getValue()) {
                h.append("<li><b>").append(esc(e.name())).append("</b>");
                if (!e.roles().isEmpty()) {
                    h.append(", ").append(esc(String.join("; ", e.roles())));
                }
                List<String> others = e.variants().stream().filter(x -> !x.equals(e.name())).toList();
                if (!others.isEmpty()) {
                    h.append(" <small>also ").append(esc(String.join(", ", others))).append("</small>");
                }
                h.append(" <small>· ").append(e.mentions()).append(" mentions</small></li>\n");
            }
            h.append("</ul></section>\n");
        }
        h.append("</div>\n");

        h.append("<h2>Quotes</h2>\n");
        if (b.quotes().isEmpty()) {
            h.append("<p class=\"meta\">No direct quotations found.</p>\n");
        }
        for (Map.Entry<String, List<Quote>> speaker : v.quotesBySpeaker().entrySet()) {
            h.append("<h3>").append(esc(speaker.getKey())).append("</h3>\n");
            for (Quote q : speaker.getValue()) {
                h.append("<blockquote>“").append(esc(q.text())).append("”<br><span class=\"src\">")
                        .append(esc(BriefView.orDash(q.cue()))).append(" · ").append(esc(v.source(q.article())))
                        .append("</span></blockquote>\n");
            }
        }

        h.append("<h2>Claims</h2>\n");
        Set<Integer> disputed = new HashSet<>();
        b.disagreements().forEach(d -> disputed.addAll(d.claims()));
        for (Disagreement d : b.disagreements()) {
            h.append("<div class=\"diff\"><b>").append(esc(d.subject())).append("</b> — ").append(esc(d.relation()))
                    .append(" (").append(esc(d.kind())).append("): ").append(esc(d.explanation())).append("</div>\n");
        }
        if (b.claims().isEmpty()) {
            h.append("<p class=\"meta\">No numeric claims found.</p>\n");
        } else {
            h.append("<table><thead><tr><th>Subject</th><th>Value</th><th>According to</th><th>As of</th>")
                    .append("<th>Source</th><th>Sentence</th></tr></thead><tbody>\n");
            for (int i = 0; i < b.claims().size(); i++) {
                Claim c = b.claims().get(i);
                h.append(disputed.contains(i) ? "<tr class=\"disputed\">" : "<tr>")
                        .append("<td>").append(esc(c.subject())).append("</td><td>").append(esc(BriefView.value(c)))
                        .append("</td><td>").append(esc(BriefView.orDash(c.attribution()))).append("</td><td>")
                        .append(esc(BriefView.orDash(c.asOf()))).append("</td><td>").append(esc(v.source(c.article())))
                        .append("</td><td>").append(esc(c.sentence())).append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }

        h.append("<h2>Sources</h2>\n<ul>\n");
        for (ArticleInfo a : b.articles()) {
            h.append("<li><b>").append(esc(a.id())).append("</b> ");
            if (a.url() != null) {
                h.append("<a href=\"").append(esc(a.url())).append("\">").append(esc(BriefView.orDash(a.title())))
                        .append("</a>");
            } else {
                h.append(esc(BriefView.orDash(a.title())));
            }
            h.append(" <small>").append(esc(BriefView.orDash(a.outlet()))).append(" · ")
                    .append(a.published() == null ? "date unknown" : esc(a.published()) + " (" + esc(a.publishedFrom()) + ")")
                    .append(" · ").append(a.words()).append(" words");
            if (a.duplicateOf() != null) {
                h.append(" · copy of ").append(esc(a.duplicateOf()));
            }
            h.append("</small></li>\n");
        }
        h.append("</ul>\n");
        if (!b.problems().isEmpty()) {
            h.append("<h2>Inputs not used</h2>\n<ul>\n");
            for (Problem p : b.problems()) {
                h.append("<li><code>").append(esc(p.path())).append("</code>: ").append(esc(p.reason())).append("</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("<p class=\"meta\">Made by Concord from the articles listed above. Every summary sentence, event and ")
                .append("claim names the articles it comes from.</p>\n</main></body></html>\n");
        return h.toString();
    }

    private static String esc(String s) {
        return s == null ? "" : Entities.escape(s);
    }
}
