package io.concord.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Title, date, byline, outlet, canonical url and language of a page, from JSON-LD, OpenGraph, Dublin Core and
 * other meta tags, {@code <time>}, {@code rel=author}, the url and the html element.
 */
record Metadata(String title, LocalDate published, String author, String outlet, String url, String language) {
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—·•»:]{1,2}\\s+");
    private static final Pattern LANG = Pattern.compile("^([a-zA-Z]{2,3})(?:[-_].*)?$");

    static Metadata read(Document doc, String pageUrl, JsonLd ld) {
        Map<String, String> metas = new HashMap<>();
        for (Element m : doc.select("meta[content]")) {
            String c = m.attr("content").strip();
            if (!c.isEmpty()) {
                for (String attr : new String[]{"property", "name", "itemprop"}) {
                    String k = m.attr(attr);
                    if (!k.isEmpty()) {
                        metas.putIfAbsent(k.toLowerCase(Locale.ROOT), c);
                    }
                }
            }
        }
        return read(doc, pageUrl, ld, metas);
    }

    private static Metadata read(Document doc, String pageUrl, JsonLd ld, Map<String, String> metas) {
        String outlet = first(meta(metas, "og:site_name"), ld.publisher(), meta(metas, "application-name"));
        String url = canonical(doc, metas, pageUrl, ld);
        if (outlet == null) {
            outlet = domain(url != null ? url : pageUrl);
        }
        return new Metadata(title(doc, metas, ld, outlet), published(doc, metas, pageUrl, url, ld), author(doc, metas, ld),
                outlet, url, language(doc, metas, ld));
    }

    /** The content of {@code <meta property|name|itemprop=key>}, else null. */
    private static String meta(Map<String, String> metas, String key) {
        return metas.get(key.toLowerCase(Locale.ROOT));
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String title(Document doc, Map<String, String> metas, JsonLd ld, String outlet) {
        String og = first(meta(metas, "og:title"), meta(metas, "twitter:title"), ld.headline());
        if (og != null) {
            return stripSite(og, outlet);
        }
        Element h1 = doc.selectFirst("article h1, main h1, h1");
        if (h1 != null && !h1.text().isBlank() && h1.text().length() < 300) {
            return h1.text().strip();
        }
        String t = doc.title();
        return t.isBlank() ? null : stripSite(t.strip(), outlet);
    }

    /** Drops a " | Site" (or " - Site", " – Site", ...) part: the outlet's name, else keeps the longest part. */
    static String stripSite(String title, String outlet) {
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String o = outlet == null ? "" : outlet.toLowerCase(Locale.ROOT);
        String longest = parts[0];
        for (String p : parts) {
            if (p.length() > longest.length()) {
                longest = p;
            }
        }
        if (!o.isEmpty()) {
            String first = parts[0].toLowerCase(Locale.ROOT);
            String last = parts[parts.length - 1].toLowerCase(Locale.ROOT);
            if (last.contains(o) || o.contains(last)) {
                return title.substring(0, title.length() - parts[parts.length - 1].length()).replaceAll("[\\s|\\-–—·•»:]+$", "");
            }
            if (first.contains(o) || o.contains(first)) {
                return title.substring(parts[0].length()).replaceAll("^[\\s|\\-–—·•»:]+", "");
            }
        }
        return longest.length() >= 20 || parts.length > 2 ? longest : title;
    }

    private static LocalDate published(Document doc, Map<String, String> metas, String pageUrl, String canonical, JsonLd ld) {
        for (String v : new String[]{ld.datePublished(), meta(metas, "article:published_time"),
                meta(metas, "og:published_time"), meta(metas, "datePublished"), meta(metas, "pubdate"),
                meta(metas, "publishdate"), meta(metas, "publish-date"), meta(metas, "publication_date"),
                meta(metas, "date"), meta(metas, "DC.date.issued"), meta(metas, "DC.date"), meta(metas, "dcterms.date"),
                meta(metas, "dcterms.created"), meta(metas, "sailthru.date"), meta(metas, "parsely-pub-date")}) {
            LocalDate d = DateFinder.inValue(v);
            if (d != null) {
                return d;
            }
        }
        for (Element t : doc.select("time[datetime], [itemprop=datePublished][datetime]")) {
            LocalDate d = DateFinder.inValue(t.attr("datetime"));
            if (d != null) {
                return d;
            }
        }
        LocalDate d = DateFinder.inUrl(canonical);
        if (d == null) {
            d = DateFinder.inUrl(pageUrl);
        }
        if (d == null) {
            for (Element t : doc.select("time, [class~=(?i)date|datum|time|published]")) {
                String text = t.text();
                if (text.length() < 80) {
                    d = DateFinder.inText(text);
                    if (d != null) {
                        break;
                    }
                }
            }
        }
        return d;
    }

    private static String author(Document doc, Map<String, String> metas, JsonLd ld) {
        String a = ld.author();
        if (a == null) {
            for (String key : new String[]{"author", "article:author", "dc.creator", "parsely-author", "sailthru.author"}) {
                String v = meta(metas, key);
                if (v != null && !v.startsWith("http")) {
                    a = v;
                    break;
                }
            }
        }
        if (a == null) {
            Element e = doc.selectFirst("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]");
            if (e != null && !e.text().isBlank() && e.text().length() < 100) {
                a = e.text();
            }
        }
        return a == null ? null : Bylines.clean(a);
    }

    private static String canonical(Document doc, Map<String, String> metas, String pageUrl, JsonLd ld) {
        Element link = doc.selectFirst("link[rel=canonical][href]");
        if (link != null) {
            String href = link.absUrl("href");
            if (!href.isEmpty()) {
                return href;
            }
            if (link.attr("href").startsWith("http")) {
                return link.attr("href");
            }
        }
        String og = meta(metas, "og:url");
        if (og != null && og.startsWith("http")) {
            return og;
        }
        if (pageUrl != null && !pageUrl.isBlank()) {
            return pageUrl;
        }
        return ld.url() != null && ld.url().startsWith("http") ? ld.url() : null;
    }

    private static String language(Document doc, Map<String, String> metas, JsonLd ld) {
        Element html = doc.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang");
        if (lang.isBlank() && html != null) {
            lang = html.attr("xml:lang");
        }
        if (lang.isBlank()) {
            Element m = doc.selectFirst("meta[http-equiv~=(?i)content-language][content]");
            lang = m == null ? "" : m.attr("content");
        }
        if (lang.isBlank()) {
            lang = first(meta(metas, "og:locale"), meta(metas, "language"), meta(metas, "dc.language"), ld.language());
        }
        if (lang == null) {
            return null;
        }
        var m = LANG.matcher(lang.strip().split("[,;\\s]")[0]);
        return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    static String domain(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip().replace(" ", "%20")).getHost();
            if (host == null) {
                return null;
            }
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
