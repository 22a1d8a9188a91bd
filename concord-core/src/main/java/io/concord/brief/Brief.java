package io.concord.brief;

import io.concord.article.Problem;
import io.concord.claim.Claim;
import io.concord.claim.Disagreement;
import io.concord.entity.Entity;
import io.concord.quote.Quote;
import io.concord.summary.SummarySentence;
import io.concord.timeline.TimelineEntry;

import java.util.List;

/** One story's sourced account: the object behind every rendering (see shared/contract/brief.md). */
public record Brief(StoryInfo story, List<ArticleInfo> articles, List<SummarySentence> summary,
                    List<Entity> entities, List<TimelineEntry> timeline, List<Quote> quotes,
                    List<Claim> claims, List<Disagreement> disagreements, List<Problem> problems) {
    public static final String SCHEMA = "concord.brief/1";

    public Brief {
        articles = List.copyOf(articles);
        summary = List.copyOf(summary);
        entities = List.copyOf(entities);
        timeline = List.copyOf(timeline);
        quotes = List.copyOf(quotes);
        claims = List.copyOf(claims);
        disagreements = List.copyOf(disagreements);
        problems = List.copyOf(problems);
    }
}
