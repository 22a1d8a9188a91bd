package io.concord.extract;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The schema.org JSON-LD blocks of a page, reduced to what the extractor uses. The most article-like object
 * (NewsArticle, Article, BlogPosting, ... before WebPage) wins; unparseable blocks are skipped.
 */
record JsonLd(String headline, String datePublished, String author, String publisher, String articleBody,
              String language, String url) {
    static final JsonLd EMPTY = new JsonLd(null, null, null, null, null, null, null);

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    static JsonLd of(Document doc) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            try {
                collect(JSON.readTree(script.data().strip()), objects, 0);
            } catch (IOException | RuntimeException e) {
                // a broken block is no evidence; the page's other metadata still counts
            }
        }
        JsonNode best = null;
        int bestRank = 0;
        for (JsonNode o : objects) {
            int rank = rank(o);
            if (rank > bestRank) {
                best = o;
                bestRank = rank;
            }
        }
        if (best == null) {
            return EMPTY;
        }
        String publisher = name(best.get("publisher"));
        if (publisher == null) {
            for (JsonNode o : objects) {
                if (types(o).contains("newsmediaorganization") || types(o).contains("organization")) {
                    publisher = name(o);
                    break;
                }
            }
        }
        return new JsonLd(text(best.get("headline")), text(best.get("datePublished")), name(best.get("author")),
                publisher, text(best.get("articleBody")), text(best.get("inLanguage")), text(best.get("url")));
    }

    private static void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 6) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out, depth + 1));
        } else if (node.isObject()) {
            out.add(node);
            collect(node.get("@graph"), out, depth + 1);
            collect(node.get("mainEntity"), out, depth + 1);
        }
    }

    private static int rank(JsonNode o) {
        String t = types(o);
        if (t.contains("newsarticle") || t.contains("reportage") || t.contains("blogposting")
                || t.contains("analysisnewsarticle") || t.contains("opinionnewsarticle")) {
            return 4;
        }
        if (t.contains("article") || t.contains("posting") || t.contains("report")) {
            return 3;
        }
        if (o.has("articleBody") || o.has("headline")) {
            return 2;
        }
        return t.contains("webpage") ? 1 : 0;
    }

    private static String types(JsonNode o) {
        JsonNode t = o.get("@type");
        if (t == null) {
            return "";
        }
        if (t.isArray()) {
            StringBuilder b = new StringBuilder();
            t.forEach(x -> b.append(x.asText()).append(' '));
            return b.toString().toLowerCase(Locale.ROOT);
        }
        return t.asText().toLowerCase(Locale.ROOT);
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : text(n.get(0));
        }
        if (n.isObject()) {
            return null;
        }
        String s = n.asText().strip();
        return s.isEmpty() ? null : s;
    }

    /** A person's or organisation's name: a string, an object with name, or the names of a list joined. */
    private static String name(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            List<String> names = new ArrayList<>();
            for (JsonNode x : n) {
                String s = name(x);
                if (s != null && !names.contains(s)) {
                    names.add(s);
                }
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }
        if (n.isObject()) {
            return text(n.get("name"));
        }
        String s = text(n);
        return s == null || s.startsWith("http") ? null : s;
    }
}
