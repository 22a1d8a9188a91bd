package io.concord.extract;

import org.jsoup.nodes.Element;

import java.util.Locale;
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
                    + "advert|anzeige|werbung|sponsor|promo|banner|widget|pagination|pager|tagcloud|"
                    + "popup|modal|overlay|masthead|toolbar|byline|dateline|timestamp|signup|login|"
                    + "caption|copyright|author-?info|author-?box|bio-?box|read-?more|more-?articles|"
                    + "nextprev|prevnext|post-?nav|navigation|skiplink|screen-?reader|sr-only|"
                    + "visually-?hidden|print-?only|rating|jump-?to|infobox|teaser-?list");
    /** Whole words (after splitting the names at -, _ and spaces). */
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
        String tag = e.normalName();
        if (TAGS.contains(tag)) {
            return true;
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
        return byName(e.className() + " " + e.id());
    }

    static boolean byName(String names) {
        if (names.isBlank()) {
            return false;
        }
        String lower = names.toLowerCase(Locale.ROOT);
        for (String w : SPLIT.split(lower)) {
            if (WORDS.contains(w)) {
                return true;
            }
        }
        return STEMS.matcher(lower).find();
    }
}
