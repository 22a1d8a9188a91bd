package io.concord.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an article's publication date written in its text, and parses date strings from metadata.
 *
 * <p>Only lines shaped like a date stamp are used: a "Published / Posted / Updated / Last Modified ..."
 * line, a byline carrying a date, a line that is only a date (near the top or bottom of the text), or a
 * news dateline with a year ("LONDON, March 3, 2012 (Reuters) -"). Dates inside ordinary sentences
 * ("a February 26 referendum") are never taken, and a date without a year is never completed by guessing.
 * When several stamps are present, one near the top wins over one near the bottom, and both over one in
 * the middle (an embedded post); within a region a publication stamp wins over a bare date, and both over
 * an "Updated"/"Modified" stamp; then the first. Thread-safe.
 */
public final class TextDateFinder {

    private static final String MONTH =
            "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                    + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String ORD = "(?:st|nd|rd|th)?";

    private static final Pattern ISO = Pattern.compile("(?<![\\d.])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d])");
    private static final Pattern DMY = Pattern.compile(
            "(?i)(?<![\\w.])(\\d{1,2})" + ORD + "(?:\\s+of)?[\\s\\-]+" + MONTH + "(?:[\\s,\\-]+|,)(\\d{4})(?!\\d)");
    private static final Pattern MDY = Pattern.compile(
            "(?i)(?<![\\w])" + MONTH + "\\s*(\\d{1,2})" + ORD + "(?!\\d)(?:\\s*,\\s*|\\s+)(\\d{4})(?!\\d)");
    private static final Pattern DOTTED_DMY = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d])");
    private static final Pattern SLASHED = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");

    private static final Pattern PUBLISHED_KEY = Pattern.compile(
            "(?i)^(?:(?:first|originally)\\s+)?(?:published|posted|created|released|issued|dated?|filed)\\b(?:\\s+on)?\\s*[:\\-–—|]?\\s*");
    private static final Pattern UPDATED_KEY = Pattern.compile(
            "(?i)^(?:last\\s+)?(?:updated|modified|edited|amended|reviewed)\\b(?:\\s+on)?\\s*[:\\-–—|]?\\s*");
    private static final Pattern BYLINE = Pattern.compile("^(?i:by)\\s+\\p{Lu}");
    /** What may precede a dateline's date: a city in capitals, optionally a region ("LONDON, ", "SPRINGFIELD, Ill., "). */
    private static final Pattern DATELINE_PLACE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'\\-]{1,40}(?:,\\s*\\p{Lu}[\\p{L} .'\\-]{0,30})?,?\\s*$");
    /** What may follow a dateline's date: an optional agency in brackets, then a dash or colon. */
    private static final Pattern DATELINE_END = Pattern.compile("^\\s*(?:\\([^()]{1,30}\\))?\\s*[\\-–—:]");
    /** Words that may sit next to a date in a stamp line without making it a sentence. */
    private static final Pattern STAMP_FILLER = Pattern.compile(
            "(?i)\\b(?:at|on|the|of|and|by|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?"
                    + "|sat(?:urday)?|sun(?:day)?|[ap]\\.?m\\.?|gmt|utc|bst|cet|cest|est|edt|cst|cdt|pst|pdt|mst|mdt|et|pt|ist|jst"
                    + "|local|time|updated|modified|published|posted|last)\\b\\.?");
    private static final Pattern CLOCK = Pattern.compile("(?i)\\b\\d{1,2}[:.h]\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?|\\b\\d{1,2}\\s*[ap]\\.?m\\.?|[+\\-]\\d{2}:?\\d{2}\\b|\\bT\\d{2}:\\d{2}\\S*");

    private static final int TOP_LINES = 8;
    private static final int BOTTOM_LINES = 6;
    private static final int MAX_KEYED_EXTRA_WORDS = 4;
    private static final int MAX_BARE_EXTRA_WORDS = 1;
    private static final int MAX_BYLINE_WORDS = 14;

    private enum Rank { PUBLISHED, DATE_ONLY, UPDATED }

    /** The publication date written in {@code text}, when a line shaped like a date stamp or dateline carries one. */
    public Optional<LocalDate> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        LocalDate best = null;
        int bestScore = Integer.MAX_VALUE;
        for (int i = 0; i < lines.size(); i++) {
            // top of the text first, then its bottom, then the middle; within a region, by kind of stamp
            int region = i < TOP_LINES ? 0 : i >= lines.size() - BOTTOM_LINES ? 1 : 2;
            Candidate c = candidate(lines.get(i), region < 2);
            int score = c == null ? Integer.MAX_VALUE : region * Rank.values().length + c.rank.ordinal();
            if (score < bestScore) {
                best = c.date;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * True when the line is only a date stamp (a "Published/Updated ..." line, a dated byline, or a bare
     * date, optionally with a time): page furniture, not a sentence of the report.
     */
    public boolean isStampLine(String line) {
        if (line == null || line.isBlank()) {
            return false;
        }
        String l = line.strip();
        return candidate(l, true) != null && datelineDate(l) == null;
    }

    /**
     * Parses a value that is a date: ISO ("2012-02-18", "2012-02-18 11:06:00", "2012-02-18T11:06:00Z"),
     * "18 Feb 2012", "February 18, 2012", "18.02.2012", or an unambiguous "18/02/2012".
     * Empty when the value holds no full date (year, month and day).
     */
    public Optional<LocalDate> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        List<Found> found = dates(value.strip());
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).date);
    }

    private record Candidate(LocalDate date, Rank rank) {
    }

    private record Found(LocalDate date, int start, int end) {
    }

    private Candidate candidate(String line, boolean nearEdge) {
        if (line.length() > 200) {
            return null;
        }
        Matcher key = PUBLISHED_KEY.matcher(line);
        if (key.lookingAt()) {
            LocalDate d = stampDate(line.substring(key.end()), MAX_KEYED_EXTRA_WORDS);
            return d == null ? null : new Candidate(d, Rank.PUBLISHED);
        }
        key = UPDATED_KEY.matcher(line);
        if (key.lookingAt()) {
            LocalDate d = stampDate(line.substring(key.end()), MAX_KEYED_EXTRA_WORDS);
            return d == null ? null : new Candidate(d, Rank.UPDATED);
        }
        LocalDate byline = bylineDate(line);
        if (byline != null) {
            return new Candidate(byline, Rank.PUBLISHED);
        }
        if (!nearEdge) {
            return null;
        }
        LocalDate dateline = datelineDate(line);
        if (dateline != null) {
            return new Candidate(dateline, Rank.PUBLISHED);
        }
        LocalDate bare = stampDate(line, MAX_BARE_EXTRA_WORDS);
        return bare == null ? null : new Candidate(bare, Rank.DATE_ONLY);
    }

    /** The date of a short "By Jane Doe | March 3, 2012" line that is not a sentence. */
    private LocalDate bylineDate(String line) {
        if (!BYLINE.matcher(line).lookingAt() || line.split("\\s+").length > MAX_BYLINE_WORDS) {
            return null;
        }
        List<Found> found = dates(line);
        if (found.isEmpty()) {
            return null;
        }
        String after = line.substring(found.get(found.size() - 1).end).strip();
        boolean sentence = line.matches(".*[.!?][\"'”’)]?$") && !after.matches("[.]?");
        return sentence ? null : found.get(0).date;
    }

    /** The date of a dateline opening a paragraph ("LONDON, March 3, 2012 (Reuters) - ..."); a year is required. */
    private LocalDate datelineDate(String line) {
        List<Found> found = dates(line.length() > 90 ? line.substring(0, 90) : line);
        if (found.isEmpty()) {
            return null;
        }
        Found f = found.get(0);
        String place = line.substring(0, f.start);
        boolean capitals = place.codePoints().filter(Character::isUpperCase).count() >= 2;
        return capitals && DATELINE_PLACE.matcher(place).matches() && DATELINE_END.matcher(line.substring(f.end)).lookingAt()
                ? f.date : null;
    }

    /** The first date of a stamp's value, when what surrounds it is only times, weekdays, zones and separators. */
    private LocalDate stampDate(String value, int maxExtraWords) {
        List<Found> found = dates(value);
        if (found.isEmpty()) {
            return null;
        }
        StringBuilder rest = new StringBuilder(value);
        for (int i = found.size() - 1; i >= 0; i--) {
            rest.replace(found.get(i).start, found.get(i).end, " ");
        }
        String left = CLOCK.matcher(rest).replaceAll(" ");
        left = STAMP_FILLER.matcher(left).replaceAll(" ");
        left = left.replaceAll("[\\p{P}\\p{S}]", " ").strip();
        int words = left.isEmpty() ? 0 : left.split("\\s+").length;
        return words <= maxExtraWords ? found.get(0).date : null;
    }

    /** Every full date written in {@code s}, in order of position. */
    private List<Found> dates(String s) {
        List<Found> out = new ArrayList<>();
        Matcher m = ISO.matcher(s);
        while (m.find()) {
            add(out, m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
        }
        m = DMY.matcher(s);
        while (m.find()) {
            add(out, m, Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = MDY.matcher(s);
        while (m.find()) {
            add(out, m, Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = DOTTED_DMY.matcher(s);
        while (m.find()) {
            add(out, m, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = SLASHED.matcher(s);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            int y = Integer.parseInt(m.group(3));
            if (a > 12 && b <= 12) {
                add(out, m, y, b, a);
            } else if (b > 12 && a <= 12) {
                add(out, m, y, a, b);
            } else if (a == b) {
                add(out, m, y, a, a);
            } // otherwise day/month order is ambiguous: never guess
        }
        out.sort((x, y) -> Integer.compare(x.start, y.start));
        List<Found> disjoint = new ArrayList<>();
        for (Found f : out) {
            if (disjoint.isEmpty() || f.start >= disjoint.get(disjoint.size() - 1).end) {
                disjoint.add(f);
            }
        }
        return disjoint;
    }

    private static void add(List<Found> out, Matcher m, int year, int month, int day) {
        if (year < 1900 || year > 2199 || month < 1) {
            return;
        }
        try {
            out.add(new Found(LocalDate.of(year, month, day), m.start(), m.end()));
        } catch (DateTimeException invalid) {
            // "31 February" and the like are not dates
        }
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return switch (n.substring(0, 3)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> 0;
        };
    }
}
