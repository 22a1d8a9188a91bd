package io.concord.extract;

import org.jsoup.nodes.Element;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether an element is page furniture by its tag, ARIA role, inline style and class/id names
 * (navigation, comments, share widgets, related lists, ads, cookie and subscription notices, captions, ...).
 * Class and id names are matched as words and word stems, independent of the page's language.
 */
final class Boilerplate {
    private static final Set<String> TAGS = Set.of("nav", "aside", "footer", "figcaption", "menu", "dialog",
            "address", "header");
    private static final Set<String> ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "dialog", "alertdialog", "menu", "menubar", "search", "toolbar", "tablist");
    /** Stems found inside compound class names ("commentlist", "socialshare", "cookiebanner"). */
    private static final Pattern STEMS = Pattern.compile(
            "comment|kommentar|disqus|share|sharing|shariff|social|related|verwandt|empfehl|recommend|"
                    + "cookie|consent|gdpr|newsletter|subscri|abonn|paywall|breadcrumb|sidebar|footer|"
                    + "advert|anzeige|werbung|sponsor|promo|banner|pagination|pager|tagcloud|"
                    + "popup|modal|overlay|masthead|toolbar|byline|dateline|timestamp|signup|login|"
                    + "caption|copyright|author-?info|author-?box|bio-?box|read-?more|more-?articles|"
                    + "nextprev|prevnext|post-?nav|navigation|skiplink|screen-?reader|sr-only|"
                    + "visually-?hidden|print-?only|rating|jump-?to|teaser-?list");
    /** Whole class names, or their last part after - or _ ("post-date", "entry_meta", but not "date-posts"). */
    private static final Set<String> WORDS = Set.of("nav", "navbar", "menu", "submenu", "ad", "ads", "adv",
            "meta", "postmeta", "tags", "tag", "date", "datum", "time", "author", "autor", "credit", "credits",
            "print", "header", "reply", "replies", "rss", "foot", "links", "tools", "utility",
            "contact", "legal", "imprint", "impressum", "categories", "category", "archive", "archives",
            "search", "suche", "dropdown", "tooltip", "sticky", "skip", "share", "actions",
            "notice", "alert", "msg", "lang", "language", "languages", "langswitch", "topbar");
    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    private Boilerplate() {
    }

    /** True for elements whose whole subtree is furniture. */
    static boolean isFurniture(Element e) {
        return isFurniture(e, new HashMap<>());
    }

    /**
     * {@link #isFurniture} with a per-page cache of class/id verdicts (class names repeat within a page);
     * a null cache: class and id names are not looked at.
     */
    static boolean isFurniture(Element e, Map<String, Boolean> cache) {
        String tag = e.normalName();
        if (TAGS.contains(tag)) {
            return true;
        }
        if (e.attributesSize() == 0) {
            return false;
        }
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) && !e.hasText()) {
            return true;
        }
        String role = e.attr("role");
        if (!role.isEmpty() && ROLES.contains(role.toLowerCase(Locale.ROOT))) {
            return true;
        }
        String style = e.attr("style");
        if (!style.isEmpty() && HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find()) {
            return true;
        }
        if (cache == null) {
            return false;
        }
        String names = e.attr("class") + " " + e.id();
        return names.length() > 1 && cache.computeIfAbsent(names, Boilerplate::byName);
    }

    static boolean byName(String names) {
        if (names.isBlank()) {
            return false;
        }
        String lower = names.toLowerCase(Locale.ROOT);
        for (String name : lower.split("\\s+")) {
            String[] parts = SPLIT.split(name);
            if (parts.length > 0 && (WORDS.contains(name) || WORDS.contains(parts[parts.length - 1]))) {
                return true;
            }
        }
        return STEMS.matcher(lower).find();
    }
}
