package io.concord.extract;

import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether an element is page furniture by its tag, ARIA role, inline style and class/id names
 * (navigation, comments, share widgets, related lists, ads, cookie and subscription notices, captions, ...).
 * Names are matched as stems inside compound names and as head words (the last part of "post-date"), and
 * come in two strengths: strong names always mark furniture, weak ones ("sidebar", "meta", "date") only on
 * elements that do not hold much of the page's prose. Independent of the page's language.
 */
final class Boilerplate {
    /** What a class/id name says about an element. */
    enum Verdict { NONE, WEAK, STRONG }

    private static final Set<String> TAGS = Set.of("nav", "aside", "footer", "figcaption", "menu", "dialog",
            "address", "header");
    private static final Set<String> ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "dialog", "alertdialog", "menu", "menubar", "search", "toolbar", "tablist");
    private static final Pattern STRONG_STEMS = Pattern.compile(
            "comment|kommentar|disqus|share|sharing|shariff|social|related|cookie|consent|gdpr|newsletter|"
                    + "subscri|abonn|paywall|breadcrumb|crumbs|footer|advert|anzeige|werbung|sponsor|promo|pagination|"
                    + "popup|modal|dialog|lightbox|signup|login|caption|copyright|navigation|skiplink|screen-?reader|sr-only|"
                    + "visually-?hidden|print-?only|nextprev|prevnext|post-?nav|byline|dateline|read-?more|"
                    + "more-?articles|jump-?to|(?<![a-z])ratings?(?![a-z])");
    private static final Pattern WEAK_STEMS = Pattern.compile(
            "sidebar|banner|masthead|toolbar|timestamp|(?<![a-z])rating|teaser-?list|author-?info|author-?box|bio-?box|"
                    + "author-?bio|author-?desc|author-?container|about-?(?:the-?)?author|bio-?desc|sabox|"
                    + "affiliate|disclaimer|disclosure|"
                    + "recommend|empfehl|verwandt|overlay|tagcloud|pager");
    private static final Set<String> STRONG_WORDS = Set.of("nav", "navbar", "menu", "submenu", "ad", "ads", "adv",
            "tags", "tag", "reply", "replies", "rss", "dropdown", "tooltip", "skip", "share", "social");
    /** Advertising slots, wherever the word stands in the name ("ad-slot", "proper-ad-unit"). */
    private static final Set<String> AD_PARTS = Set.of("ad", "ads", "adslot", "adunit", "adsense", "dfp", "gpt");
    private static final Set<String> WEAK_WORDS = Set.of("meta", "postmeta", "date", "datum", "time", "author",
            "autor", "credit", "credits", "print", "header", "foot", "links", "tools", "utility", "contact", "legal",
            "imprint", "impressum", "categories", "category", "archive", "archives", "search", "suche", "sticky",
            "actions", "notice", "alert", "msg", "lang", "language", "languages", "langswitch", "topbar", "widget");
    private static final Pattern STATE_PREFIX = Pattern.compile("(?:has|with|no|is|js|without|show|enable|enabled)[-_]");
    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    private static final boolean HEADER_IN_ARTICLE = true;

    private Boilerplate() {
    }

    /** Furniture by tag, role or style alone (names not looked at). */
    static boolean byMarkup(Element e) {
        if (TAGS.contains(e.normalName())) {
            return !(HEADER_IN_ARTICLE && e.normalName().equals("header") && e.closest("article, main") != null);
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
        return !style.isEmpty() && HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find();
    }

    /** What the element's class and id say, with a per-page cache (names repeat within a page). */
    static Verdict byName(Element e, Map<String, Verdict> cache) {
        if (e.attributesSize() == 0) {
            return Verdict.NONE;
        }
        String names = e.attr("class") + " " + e.id();
        return names.length() < 2 ? Verdict.NONE : cache.computeIfAbsent(names, Boilerplate::byName);
    }

    static Verdict byName(String names) {
        Verdict v = Verdict.NONE;
        for (String raw : names.toLowerCase(Locale.ROOT).split("\\s+")) {
            String name = subject(raw);
            if (name.isEmpty()) {
                continue;
            }
            if (STRONG_STEMS.matcher(name).find()) {
                return Verdict.STRONG;
            }
            String[] parts = SPLIT.split(name);
            String head = parts.length == 0 ? name : parts[parts.length - 1];
            if (STRONG_WORDS.contains(name) || STRONG_WORDS.contains(head)) {
                return Verdict.STRONG;
            }
            for (String part : parts) {
                if (AD_PARTS.contains(part)) {
                    return Verdict.STRONG;
                }
            }
            if (WEAK_WORDS.contains(name) || WEAK_WORDS.contains(head) || WEAK_STEMS.matcher(name).find()) {
                v = Verdict.WEAK;
            }
        }
        return v;
    }

    /**
     * The part of a class name that says what the element is: BEM modifiers ("section--ads") dropped, and
     * names that describe state or contents ("has-sidebar", "with-ads", "no-comments", "js-share") ignored.
     */
    private static String subject(String name) {
        int modifier = name.indexOf("--");
        String s = modifier > 0 ? name.substring(0, modifier) : name;
        if (STATE_PREFIX.matcher(s).lookingAt()) {
            return "";
        }
        return s;
    }
}
