package io.concord.clean;

import io.concord.article.CreditLine;
import io.concord.article.TextDateFinder;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Classifies single lines of page furniture by their shape: share/follow prompts, photo captions and
 * credits, topic and tag lists, credit lines, date stamps and headings (short lines that are not sentences).
 * Each test returns the reason a line is furniture, or null when it is not.
 */
final class LineShape {
    static final int MAX_HEADING_WORDS = 10;
    /** Longer lines are paragraphs that may mention a photo, not captions. */
    static final int MAX_CAPTION_WORDS = 60;
    private static final int MAX_HEADING_CHARS = 90;
    /** Scripts written without spaces: word counts mean nothing there, so headings are told by length. */
    private static final Pattern UNSPACED_SCRIPT = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsThai}]");
    private static final int MAX_UNSPACED_HEADING_CHARS = 24;
    /** A photo credit in brackets inside a paragraph: "(Photo credit should read ...)", "(AP Photo/Jane Doe)". */
    private static final Pattern INLINE_CREDIT = Pattern.compile(
            "(?i)\\s*[(\\[]\\s*(?:photo\\s+credit\\b[^)\\]]{0,120}|(?:photo|image|picture)s?\\s*:[^)\\]]{0,120}"
                    + "|[\\p{L} ]{0,20}\\b(?:photo|photos|images?|pictures?)\\s*/[^)\\]]{0,80})[)\\]]");
    private static final int MAX_PROMPT_WORDS = 12;
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s+[|•·]\\s+");
    private static final int MIN_LIST_ITEMS = 3;
    private static final int MAX_LIST_ITEM_WORDS = 12;
    private static final int MAX_BLOCK_HEADER_WORDS = 6;

    /** A sentence (or clause introducing a quote or list) ends with punctuation, perhaps inside quotes or brackets. */
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?…:;][\"'”’)\\]»]*$");

    private static final Pattern PROMPT = Pattern.compile("(?i)^(?:"
            + "(?:click|tap)(?:\\s+(?:here|below|above|the\\s+\\S+(?:\\s+\\S+)?))?\\s+to\\b"
            + "|(?:click|tap)\\s+here\\b"
            + "|(?:follow|like|find|friend|join)\\s+(?:us\\b|me\\b|@\\S+|(?:\\S+\\s+){0,4}on\\s+(?:twitter|facebook|instagram|x|linkedin|tiktok|youtube|threads|bluesky|mastodon|telegram|whatsapp)\\b)"
            + "|share\\s*(?:this|on|via|the\\s+(?:article|story|page)|article|story|page|link|[:!]|$)"
            + "|(?:subscribe|sign\\s+up|signup|register)\\s*(?:now|today|here|for|to|[:!]|$)"
            + "|(?:sign|log)\\s+in\\b"
            + "|(?:e-?mail|print|tweet|save|bookmark)(?:\\s+(?:this|to\\s+a\\s+friend|article|story|page))?\\s*[:!]?$"
            + "|(?:join|start)\\s+the\\s+(?:conversation|discussion|debate)"
            + "|(?:read|see|view|show|load)\\s+(?:more|all|full|the\\s+full|comments|original)\\b"
            + "|download\\s+(?:the|our)\\s+(?:app|free\\s+app)"
            + "|(?:watch|listen|video|audio|gallery)\\s*[:|]"
            + "|(?:listen|watch)\\s+(?:now|live|here|to\\s+this)"
            + "|(?:leave|add|post|write)\\s+a\\s+comment"
            + "|\\d*\\s*comments?\\s*$"
            + "|advertisement\\s*$|sponsored(?:\\s+content)?\\s*$"
            + ")");
    private static final Set<String> SHARE_WORDS = Set.of("facebook", "twitter", "x", "whatsapp", "email", "e-mail",
            "linkedin", "reddit", "pinterest", "print", "share", "copy", "link", "messenger", "telegram", "tumblr",
            "flipboard", "sms", "comments", "comment", "instagram", "youtube", "tiktok", "more", "google+", "mail");

    private static final Pattern CAPTION = Pattern.compile("(?:"
            + "(?i:\\b(?:AFP|AP|EPA|REUTERS|XINHUA|ANADOLU)\\s*(?:PHOTO|IMAGES?|PICTURE)\\b)"
            + "|\\bGetty\\s+Images\\b|\\bShutterstock\\b|\\bAlamy\\b"
            + "|(?i:\\bfile\\s+(?:photo|picture|image)\\b)"
            + "|(?i:\\b(?:is|in|are|was|were|seen|being)\\s+pictured\\b)|(?i:^pictured\\b)"
            + "|(?i:^(?:photo(?:graph)?|image|picture|caption|credit|illustration)s?\\s*:)"
            + "|(?i:\\b(?:photo(?:graph)?|image|picture)\\s*:\\s*\\p{L}[\\p{L} .]*/)"
            + "|(?i:\\((?:photo|image|picture)s?\\s*:[^)]*\\))"
            + ")");
    /** A line that ends with a photo credit: "... (Photo credit should read X/Y)", "... AFP PHOTO / X", "... Getty Images". */
    private static final Pattern CREDIT_AT_END = Pattern.compile(
            "(?:\\((?i:photo\\s+credit|[^()]{0,60}\\b(?:photo|photograph|images?|pictures?)\\b)[^()]{0,120}\\)"
                    + "|\\b(?i:AFP|AP|EPA|REUTERS)\\s+(?i:PHOTO)\\s*/\\s*[\\p{L} .'\\-]{2,60}"
                    + "|\\bGetty\\s+Images)\\s*[.)]?\\s*$");
    private static final int MAX_CREDITED_CAPTION_WORDS = 150;
    /** "(L)", "(2nd R)", "(centre)" after a name: a caption only when the line reports no speech. */
    private static final Pattern POSITION_MARK = Pattern.compile(
            "(?<=\\s)\\((?:L|R|C|[1-9](?:st|nd|rd|th)\\s+(?:L|R|from\\s+[LR])|(?i:left|right|centre|center|front|back|top|bottom|above|below))\\)(?=[\\s,.;]|$)");
    private static final Pattern SPEECH = Pattern.compile("(?i)\\b(?:said|says|say|told|tells|added|according)\\b");
    /** "Reuters/Jane Doe" or "AP Photo/John Roe" alone on a line: a photographer's credit. */
    private static final Pattern PHOTO_BYLINE = Pattern.compile("^\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2}\\s*/\\s*\\p{Lu}[\\p{L}.'\\-]*(?:\\s+\\p{Lu}[\\p{L}.'\\-]*){0,3}$");

    private static final Pattern TOPIC_HEADER = Pattern.compile(
            "(?i)^(?:topics?|tags?|tagged|filed\\s+under|categories|category|keywords|subjects?|related\\s+topics|more\\s+(?:about|on)(?:\\s+(?:this|these))?\\s+topics?)"
                    + "(?:\\s+(?:in|for|on)\\s+this\\s+(?:article|story|page))?\\s*(?:[:|]|$)");
    private static final Pattern BLOCK_HEADER = Pattern.compile("(?i)^(?:"
            + "related(?:\\s+(?:stories|articles|coverage|content|links|news|reading|posts|video|videos))?"
            + "|more\\s+(?:from|on|stories|news|in|like\\s+this|to\\s+read|top\\s+stories|headlines)\\b.*"
            + "|featured(?:\\s+(?:on|in|stories|articles|content)\\b.*)?"
            + "|recommended(?:\\s+(?:for\\s+you|stories|articles|reading))?"
            + "|most\\s+(?:read|popular|viewed|shared|watched|commented|recent)\\b.*"
            + "|(?:popular|trending)(?:\\s+(?:now|stories|articles|today|on\\b.*))?"
            + "|latest(?:\\s+(?:news|stories|headlines|articles|videos?))?"
            + "|(?:also|further)\\s+(?:read|see|on\\b.*|reading)"
            + "|you\\s+(?:may|might)\\s+(?:also\\s+)?(?:like|enjoy|be\\s+interested\\s+in)"
            + "|read\\s+(?:more|next|also)|see\\s+also|up\\s+next|what\\s+to\\s+read\\s+next"
            + "|top\\s+(?:stories|news|headlines)|editor'?s?\\s+picks?|in\\s+other\\s+news|elsewhere\\s+(?:on|in)\\b.*"
            + "|don'?t\\s+miss|around\\s+the\\s+(?:web|site)|from\\s+around\\s+the\\s+web|sponsored\\s+(?:links|stories)"
            + ")\\s*[:|]?$");
    private static final Pattern BYLINE = Pattern.compile("^(?:By|BY)\\s+\\p{Lu}[\\p{L}.'\\-]*(?:\\s+\\p{Lu}[\\p{L}.'\\-]*){0,3}(?:\\s*(?:,|and|&|\\|).*)?$");

    private final TextDateFinder dates = new TextDateFinder();

    /** Why this line is furniture on its own, or null. */
    String reason(String line) {
        String l = line.strip();
        if (l.isEmpty()) {
            return "empty";
        }
        int words = Words.count(l);
        if (isPrompt(l, words)) {
            return "prompt";
        }
        if (words <= MAX_CREDITED_CAPTION_WORDS && CREDIT_AT_END.matcher(l).find()
                || words <= MAX_CAPTION_WORDS && (CAPTION.matcher(l).find() || PHOTO_BYLINE.matcher(l).matches()
                || POSITION_MARK.matcher(l).find() && !SPEECH.matcher(l).find())) {
            return "caption";
        }
        if (TOPIC_HEADER.matcher(l).lookingAt() && (words <= MAX_BLOCK_HEADER_WORDS
                || words <= MAX_CAPTION_WORDS && (l.contains(":") || l.contains("|")))) {
            return "topics";
        }
        if (CreditLine.isCredit(l)) {
            return "credit";
        }
        if (isLinkList(l)) {
            return "link list";
        }
        if (dates.isStampLine(l)) {
            return "date stamp";
        }
        if (BYLINE.matcher(l).matches() && words <= MAX_HEADING_WORDS && !ENDS_SENTENCE.matcher(l).matches()) {
            return "byline";
        }
        if (isHeading(l)) {
            return "heading";
        }
        return null;
    }

    /** A line that opens a block of links to other stories ("Related", "More from X", "Featured on X"). */
    boolean isBlockHeader(String line) {
        String l = line.strip();
        return Words.count(l) <= MAX_BLOCK_HEADER_WORDS && !ENDS_SENTENCE.matcher(l.replaceAll(":$", "")).matches()
                && BLOCK_HEADER.matcher(l).matches();
    }

    /** A line that opens a list of topics or tags. */
    boolean isTopicHeader(String line) {
        String l = line.strip();
        return Words.count(l) <= MAX_BLOCK_HEADER_WORDS && TOPIC_HEADER.matcher(l).lookingAt();
    }

    /**
     * Several short headline-like items on one line, separated by bars or bullets ("Related: A | B | C"): the
     * text of a row of links. Sentences are never split this way.
     */
    static boolean isLinkList(String line) {
        String[] items = LIST_SEPARATOR.split(line.strip());
        if (items.length < MIN_LIST_ITEMS) {
            return false;
        }
        for (String item : items) {
            String t = item.strip();
            if (t.isEmpty() || Words.count(t) > MAX_LIST_ITEM_WORDS || t.matches(".*[.!?][\"'”’)]*$")) {
                return false;
            }
        }
        return true;
    }

    /** Not a sentence: no closing punctuation and at most {@value #MAX_HEADING_WORDS} words (or a short line in CJK). */
    static boolean isHeading(String line) {
        String l = line.strip();
        if (ENDS_SENTENCE.matcher(l).matches() || l.length() > MAX_HEADING_CHARS) {
            return false;
        }
        if (UNSPACED_SCRIPT.matcher(l).find()) {
            return l.length() <= MAX_UNSPACED_HEADING_CHARS;
        }
        return Words.count(l) <= MAX_HEADING_WORDS;
    }

    /** The line without bracketed photo credits inside it; the line itself when it has none. */
    static String withoutInlineCredits(String line) {
        return INLINE_CREDIT.matcher(line).replaceAll("").strip();
    }

    /** A sentence-like line: closing punctuation, or too long to be a heading. */
    static boolean isProse(String line) {
        return !isHeading(line);
    }

    /** A short label naming a section of a site ("Middle East", "World", "Sport &amp; Health"). */
    static boolean isSectionLabel(String line) {
        if (line == null) {
            return false;
        }
        String l = line.strip();
        int words = Words.count(l);
        if (words == 0 || words > 3 || ENDS_SENTENCE.matcher(l).matches()) {
            return false;
        }
        for (String w : l.split("\\s+")) {
            if (!(Character.isUpperCase(w.codePointAt(0)) || w.equals("&") || w.equals("and") || w.equals("of")
                    || w.equals("the") || w.equals("|") || w.equals("/") || w.equals(">") || w.equals("»"))) {
                return false;
            }
        }
        return true;
    }

    /** A headline: 3 to 25 words, not ending with a full stop. */
    static boolean isHeadline(String line) {
        String l = line.strip();
        int words = Words.count(l);
        return words >= 3 && words <= 25 && !l.matches(".*[.;:,][\"'”’)]*$");
    }

    private static boolean isPrompt(String l, int words) {
        if (words <= MAX_PROMPT_WORDS && PROMPT.matcher(l).lookingAt()) {
            return true;
        }
        String[] tokens = l.toLowerCase(Locale.ROOT).split("[\\s|·•,/]+");
        if (tokens.length < 2) {
            return false;
        }
        for (String t : tokens) {
            if (!t.isEmpty() && !SHARE_WORDS.contains(t)) {
                return false;
            }
        }
        return true;
    }
}
