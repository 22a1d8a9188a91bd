package io.concord.timeline;

import io.concord.nlp.AnalyzedArticle;
import io.concord.nlp.Mention;
import io.concord.nlp.Sentence;
import io.concord.nlp.TimeExpression;
import io.concord.nlp.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the sentences of an article that a time expression dates to a specific day, month or explicit year
 * inside the story window. Leaves out durations, sets and habitual weekdays ("Friday prayers"), references
 * such as "now", expressions that are part of a name ("the June 6 Movement"), metadata lines
 * ("Last Modified: ..."), sentences without a verb and sentences that are nothing but a quotation.
 */
final class DatedSentenceFinder {
    private static final Pattern METADATA = Pattern.compile(
            "(?i)^\\W*(last\\s+)?(modified|updated|published|posted|first\\s+published|created|dateline)\\b.*");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)^(on\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?$");
    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("\\b(1[89]\\d\\d|2\\d\\d\\d)\\b");
    private static final Pattern EXPLICIT_YEAR = Pattern.compile("(?i)^(in\\s+|of\\s+|since\\s+)?(1[89]\\d\\d|2\\d\\d\\d)$");
    private static final String QUOTES = "\"“”„«»‘’'`";
    private static final Set<String> STOP_LEMMAS = Set.of(
            "be", "have", "do", "say", "tell", "add", "report", "will", "would", "can", "could", "may", "might",
            "shall", "should", "must", "also", "other", "new", "more", "most", "many", "much", "such", "own",
            "year", "month", "week", "day", "time", "people", "accord", "state", "quote", "news");

    private static final int ANCHOR_DISTANCE = 3;
    private static final Set<String> BOUNDARY_WORDS = Set.of("since", "until", "till", "by");
    /** A part of the day on its own ("the night of the flood"): no day to put on a timeline. */
    private static final Pattern PART_OF_DAY = Pattern.compile("(?i)^(?:the\\s+)?(?:night|morning|evening|afternoon|dawn|dusk)$");

    private final StoryWindow window;

    DatedSentenceFinder(StoryWindow window) {
        this.window = window;
    }

    List<DatedSentence> find(AnalyzedArticle analyzed, int articleOrder) {
        List<DatedSentence> out = new ArrayList<>();
        LocalDate published = analyzed.article().published();
        for (Sentence s : analyzed.sentences()) {
            if (s.times().isEmpty() || METADATA.matcher(s.text().strip()).matches() || !hasVerb(s)) {
                continue;
            }
            String text = cleanLeadingQuote(s.text().strip());
            if (isQuotationOnly(text)) {
                continue;
            }
            Set<String> seenDates = new HashSet<>();
            for (TimeExpression t : s.times()) {
                TimexDate date = eventDate(t, s, published);
                if (date == null || !seenDates.add(date.iso())) {
                    continue;
                }
                out.add(new DatedSentence(analyzed.article().id(), articleOrder, s.index(), date, t.text().strip(),
                        text, contentWords(s), names(s), anchors(t, s)));
            }
        }
        return out;
    }

    private TimexDate eventDate(TimeExpression t, Sentence s, LocalDate published) {
        if (!"DATE".equals(t.type()) && !"TIME".equals(t.type())) {
            return null;
        }
        TimexDate date = TimexDate.parse(t.value());
        if (date == null) {
            return null;
        }
        String expr = t.text().strip();
        if (date.precision() == TimexDate.Precision.YEAR && !EXPLICIT_YEAR.matcher(expr).matches()) {
            return null; // "last year", "this year": too vague for an event
        }
        boolean explicitYear = FOUR_DIGIT_YEAR.matcher(expr).find()
                && expr.contains(date.iso().substring(0, 4));
        if (published == null && !explicitYear) {
            return null; // a relative expression in an undated article cannot be trusted
        }
        if (!window.contains(date) || isPartOfName(t, s) || isHabitual(t, s) || isBoundary(t, s)
                || PART_OF_DAY.matcher(expr).matches()) {
            return null;
        }
        return date;
    }

    /** "the June 6 Movement", or an expression overlapping a named-entity mention. */
    private static boolean isPartOfName(TimeExpression t, Sentence s) {
        for (Mention m : s.mentions()) {
            if (m.begin() < t.end() && t.begin() < m.end()) {
                return true;
            }
        }
        int next = tokenAfter(s.tokens(), t.end());
        if (next >= 0) {
            Token n = s.tokens().get(next);
            return n.pos().startsWith("NNP") && "O".equals(n.ner()) && Character.isUpperCase(n.word().charAt(0));
        }
        return false;
    }

    /**
     * "for the first time since Sunday", "by the end of the month", "until Friday": the edge of a span or a
     * deadline, not the day something happened.
     */
    private static boolean isBoundary(TimeExpression t, Sentence s) {
        int prev = tokenBefore(s.tokens(), t.begin());
        return prev >= 0 && BOUNDARY_WORDS.contains(s.tokens().get(prev).word().toLowerCase(Locale.ROOT));
    }

    /** "Friday prayers", "every Friday": a weekday used for a habit rather than one day. */
    private static boolean isHabitual(TimeExpression t, Sentence s) {
        if (!WEEKDAY.matcher(t.text().strip()).matches()) {
            return false;
        }
        int next = tokenAfter(s.tokens(), t.end());
        if (next >= 0 && s.tokens().get(next).pos().equals("NNS")) {
            return true;
        }
        int prev = tokenBefore(s.tokens(), t.begin());
        if (prev >= 0) {
            String w = s.tokens().get(prev).word().toLowerCase(Locale.ROOT);
            return w.equals("every") || w.equals("weekly") || w.equals("each");
        }
        return false;
    }

    private static int tokenAfter(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).begin() >= offset) {
                return i;
            }
        }
        return -1;
    }

    private static int tokenBefore(List<Token> tokens, int offset) {
        int found = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() <= offset) {
                found = i;
            }
        }
        return found;
    }

    private static boolean hasVerb(Sentence s) {
        for (Token t : s.tokens()) {
            if (t.pos().startsWith("VB") && !inTime(t, s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inTime(Token token, Sentence s) {
        for (TimeExpression t : s.times()) {
            if (token.begin() >= t.begin() && token.end() <= t.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Removes a dangling quotation mark (or an ellipsis or dash) at the start of a sentence, left over
     * from a quotation that the sentence splitter cut: an opening mark is dangling when the sentence
     * holds an odd number of double quotation marks.
     */
    static String cleanLeadingQuote(String text) {
        String t = text;
        while (!t.isEmpty()) {
            char c = t.charAt(0);
            if ((c == '"' || c == '“' || c == '”') && countDoubleQuotes(t) % 2 == 1) {
                t = t.substring(1).strip();
            } else if (t.startsWith("...") || t.startsWith("…") || c == '-' || c == '—' || c == '–') {
                t = t.replaceFirst("^(\\.\\.\\.|…|[-—–])+", "").strip();
            } else {
                break;
            }
        }
        return t;
    }

    private static int countDoubleQuotes(String t) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '"' || c == '“' || c == '”') {
                n++;
            }
        }
        return n;
    }

    /** A sentence that opens with a quotation mark and whose quotation runs to its end, unattributed. */
    static boolean isQuotationOnly(String text) {
        if (text.isEmpty() || QUOTES.indexOf(text.charAt(0)) < 0 || text.charAt(0) == '\'') {
            return false;
        }
        String rest = text.substring(1);
        int close = -1;
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '"' || c == '”' || c == '“') {
                close = i;
                break;
            }
        }
        if (close < 0) {
            return true; // the quotation runs on past the sentence
        }
        String after = rest.substring(close + 1).strip();
        return after.replaceAll("[\\p{Punct}…]", "").isBlank();
    }

    /** Noun and verb lemmas at most {@link #ANCHOR_DISTANCE} tokens from the time expression. */
    private static Set<String> anchors(TimeExpression time, Sentence s) {
        Set<String> words = new LinkedHashSet<>();
        List<Token> tokens = s.tokens();
        int first = tokenAfter(tokens, time.begin());
        int last = tokenBefore(tokens, time.end());
        if (first < 0 || last < 0) {
            return words;
        }
        for (int i = Math.max(0, first - ANCHOR_DISTANCE); i <= Math.min(tokens.size() - 1, last + ANCHOR_DISTANCE); i++) {
            Token t = tokens.get(i);
            if ((t.pos().startsWith("NN") || t.pos().startsWith("VB")) && !inTime(t, s)) {
                String lemma = lemma(t);
                if (isContent(lemma)) {
                    words.add(lemma);
                }
            }
        }
        return words;
    }

    private static String lemma(Token t) {
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }

    private static boolean isContent(String lemma) {
        return lemma.length() > 1 && !STOP_LEMMAS.contains(lemma) && lemma.chars().anyMatch(Character::isLetterOrDigit);
    }

    private static Set<String> contentWords(Sentence s) {
        Set<String> words = new LinkedHashSet<>();
        for (Token t : s.tokens()) {
            String pos = t.pos();
            if (inTime(t, s) || !(pos.startsWith("NN") || pos.startsWith("VB") || pos.startsWith("JJ")
                    || pos.equals("CD"))) {
                continue;
            }
            String lemma = lemma(t);
            if (isContent(lemma)) {
                words.add(lemma);
            }
        }
        return words;
    }

    private static Set<String> names(Sentence s) {
        Set<String> names = new LinkedHashSet<>();
        for (Mention m : s.mentions()) {
            String[] parts = m.text().strip().split("[\\s-]+");
            String last = parts[parts.length - 1].toLowerCase(Locale.ROOT).replaceAll("('s|’s)$", "");
            if (!last.isEmpty()) {
                names.add(last);
            }
        }
        return names;
    }
}
