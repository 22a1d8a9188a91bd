package io.concord.claim;

import io.concord.nlp.Mention;
import io.concord.nlp.Sentence;
import io.concord.nlp.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Numbers that are not counts: dates, times, ages, years, codes, parts of names, compound modifiers. */
final class NotACount {
    private static final Pattern PHONE_OR_CODE = Pattern.compile(".*\\d[-/:.]\\d.*[-/:.]?.*|.*\\d-\\d.*|.*:.*");
    private static final Pattern PLAIN = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?");
    private static final Set<String> CODE_WORDS = Set.of("route", "highway", "interstate", "flight", "room",
            "no", "size", "grade", "level", "chapter", "article", "section", "page", "line", "bus", "platform",
            "gate", "apartment", "suite", "unit", "channel", "version", "model", "type", "class", "category",
            "number", "#", "no.", "year", "week", "day", "stage", "round", "phase", "term", "season", "episode");

    private NotACount() {
    }

    /** Dates, times, ages, years, codes, parts of names and compound modifiers ("11-month") are not counts. */
    static boolean excluded(Sentence s, NumberPhrase n) {
        List<Token> t = s.tokens();
        int first = n.start();
        while (first < n.end() && t.get(first).pos().equals("$")) {
            first++;
        }
        if (first >= n.end()) {
            return true;
        }
        Token tok = t.get(first);
        String w = tok.word();
        if (w.equalsIgnoreCase("a") && n.end() - n.start() == 1) {
            return true;
        }
        for (int k = n.start(); k < n.end(); k++) {
            String ner = t.get(k).ner();
            if (ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION") || ner.equals("SET")
                    || ner.equals("ORDINAL")) {
                return true;
            }
        }
        if (!PLAIN.matcher(w).matches() && PHONE_OR_CODE.matcher(w).matches()) {
            return true;
        }
        if (w.matches("\\d+(st|nd|rd|th)")) {
            return true;
        }
        for (Mention m : s.mentions()) {
            if (tok.begin() >= m.begin() && tok.end() <= m.end()) {
                return true;
            }
        }
        int prev = n.start() - 1;
        if (prev >= 0) {
            Token p = t.get(prev);
            String pw = p.word().toLowerCase(Locale.ROOT);
            if (pw.equals(",") && prev >= 1 && (t.get(prev - 1).pos().startsWith("NNP")
                    || t.get(prev - 1).ner().equals("PERSON")) && n.end() < t.size()
                    && t.get(n.end()).word().matches("[,.;]|and")) {
                return true; // "Sullivan, 68, ..." is an age
            }
            if (pw.equals(",") && n.end() < t.size() && t.get(n.end()).word().equals(",") && n.vague() == null
                    && n.currency() == null && !n.percent()) {
                return true; // ", 46," in apposition is an age
            }
            if (pw.equals("the") && n.vague() != null) {
                return true; // "a valuation in the billions"
            }
            if (pw.equals("/") || pw.endsWith("/") || pw.matches(".*\\d[-/]")) {
                return true; // "9/11", "post-9/11"
            }
            if (CODE_WORDS.contains(pw)) {
                return true; // "route 16", "flight 370"
            }
            if (p.pos().startsWith("NNP") || pw.equals("aged") || pw.equals("age") || pw.equals("now") || pw.equals("no.")
                    || pw.equals("number") || pw.equals("#") || pw.equals("page") || pw.equals("chapter")) {
                return true;
            }
            if (pw.equals("of") && prev >= 1 && t.get(prev - 1).pos().startsWith("NNP")
                    && Character.isUpperCase(t.get(prev - 1).word().charAt(0))) {
                return true; // "Group of 20"
            }
        }
        if (n.end() < t.size()) {
            Token next = t.get(n.end());
            String nw = next.word().toLowerCase(Locale.ROOT);
            if (next.pos().equals("HYPH") || nw.equals("-") || ClaimExtractor.TIME_NOUNS.contains(nw) && !n.percent()
                    || nw.equals("years-old") || nw.equals("year-old")) {
                return true;
            }
            if (next.ner().equals("DATE") || next.ner().equals("DURATION") || next.ner().equals("TIME")) {
                return true;
            }
        }
        if (n.vague() == null && n.currency() == null && !n.percent() && w.matches("\\d{4}")) {
            int year = Integer.parseInt(w);
            boolean counted = n.end() < t.size() && t.get(n.end()).pos().equals("NNS");
            if (year >= 1800 && year <= 2100 && !counted) {
                return true;
            }
        }
        return false;
    }
}
