package io.concord.render;

import io.concord.brief.ArticleInfo;
import io.concord.brief.Brief;
import io.concord.claim.Claim;
import io.concord.entity.Entity;
import io.concord.nlp.EntityType;
import io.concord.quote.Quote;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Shared read-only views of a brief for the human-readable renderers: labels, groupings, number formats. */
final class BriefView {
    private final Brief brief;
    private final Map<String, ArticleInfo> articles;

    BriefView(Brief brief) {
        this.brief = brief;
        this.articles = brief.articles().stream()
                .collect(Collectors.toMap(ArticleInfo::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** "a1 (Outlet)" or "a1" when the outlet is unknown. */
    String source(String articleId) {
        ArticleInfo a = articles.get(articleId);
        if (a == null || a.outlet() == null || a.outlet().isBlank()) {
            return articleId;
        }
        return articleId + " " + a.outlet();
    }

    String sources(List<String> ids) {
        return ids.stream().map(this::source).collect(Collectors.joining("; "));
    }

    /** Entities grouped by type, in the order PERSON, ORGANIZATION, LOCATION, MISC. */
    Map<EntityType, List<Entity>> entitiesByType() {
        Map<EntityType, List<Entity>> out = new LinkedHashMap<>();
        for (EntityType t : EntityType.values()) {
            List<Entity> of = brief.entities().stream().filter(e -> e.type() == t).toList();
            if (!of.isEmpty()) {
                out.put(t, of);
            }
        }
        return out;
    }

    /** Quotes grouped by speaker name ("unattributed" last), speakers in order of first appearance. */
    Map<String, List<Quote>> quotesBySpeaker() {
        Map<String, List<Quote>> out = new LinkedHashMap<>();
        List<Quote> unknown = new ArrayList<>();
        for (Quote q : brief.quotes()) {
            if (q.speakerName() == null) {
                unknown.add(q);
            } else {
                out.computeIfAbsent(q.speakerName(), k -> new ArrayList<>()).add(q);
            }
        }
        if (!unknown.isEmpty()) {
            out.put("Unattributed", unknown);
        }
        return out;
    }

    static String typeLabel(EntityType t) {
        return switch (t) {
            case PERSON -> "People";
            case ORGANIZATION -> "Organisations";
            case LOCATION -> "Places";
            case MISC -> "Other";
        };
    }

    /** The claim's value as a reader expects it: "more than 7,500 people". */
    static String value(Claim c) {
        StringBuilder sb = new StringBuilder();
        if (c.qualifier() != null && !c.qualifier().isBlank()) {
            sb.append(c.qualifier()).append(' ');
        }
        sb.append(number(c.value()));
        if (c.unit() != null && !c.unit().isBlank()) {
            sb.append(' ').append(c.unit());
        }
        return sb.toString();
    }

    static String number(double v) {
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return f.format(v);
    }

    static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    static String dateLine(Brief b) {
        String from = b.story().from();
        String to = b.story().to();
        if (from == null && to == null) {
            return "dates unknown";
        }
        if (from != null && from.equals(to)) {
            return from;
        }
        return orDash(from) + " to " + orDash(to);
    }
}
