package io.concord.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short lines that are page furniture by their wording, wherever they stand: picture credits and source lines,
 * advertisement labels, date lines and cookie notices. The cue words cover the languages most pages use
 * (English, German, French, Spanish, Italian, Polish, ...); numbers and dates are language-independent.
 */
final class FurnitureLines {
    private static final Pattern COOKIE = Pattern.compile("(?i)\\bcookies?\\b");
    private static final int COOKIE_MAX = 500;

    /** Words that, followed by a colon, introduce a picture credit or a source ("Foto:", "Crédits photos :"). */
    private static final Set<String> CREDIT_WORDS = Set.of("foto", "fotos", "bild", "bilder", "photo", "photos", "credit",
            "credits", "crédit", "crédits", "titelbild", "beitragsbild", "symbolbild", "bildquelle", "bildnachweis", "quelle",
            "source", "fuente", "abbildung", "grafik", "image", "picture", "imagen");
    /** Picture agencies and stock libraries named in credits. */
    private static final Pattern AGENCY = Pattern.compile("getty ?images|istock|shutterstock|picture[- ]alliance");
    /** A credit line is short: longer blocks that name a source are prose. */
    private static final int CREDIT_MAX = 200;

    /** The word that labels an advertisement, opening a line. */
    private static final Pattern AD_LABEL = Pattern.compile("(?iu)^\\W*(?:anzeigen?|werbung|advertisements?|advertising|"
            + "advertorial|sponsored|gesponsert|reklam[ay]?|reklame|publicit[ée]|publicidad|pubblicit[àa]|annonces?|annons|"
            + "annonse|mainos|hirdetés|reclame|advertentie|promoted|ad)\\b\\W*(?:$|[-–:|]\\s*\\S)");
    private static final int AD_LABEL_MAX = 100;

    /** Month names and their abbreviations, as prefixes. */
    private static final String MONTH = "(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec|janv|févr|"
            + "avr|juil|août|déc|ene|abr|ago|dic|gen|giu|lug|ott|stycz|lut|kwie|maj|czerw|lip|sierp|wrze|paźdz|listop|grud)"
            + "\\p{L}*\\.?";
    /** A date: numeric (31.12.2020, 2020-12-31, 12/31/2020) or with a month name (31. Dezember 2020, Dec 31, 2020). */
    private static final Pattern DATE = Pattern.compile("(?iu)\\b\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?(?:19|20)\\d\\d\\b"
            + "|\\b(?:19|20)\\d\\d-\\d\\d-\\d\\d\\b|\\b\\d{1,2}/\\d{1,2}/(?:19|20)?\\d\\d\\b"
            + "|\\b\\d{1,2}\\.?\\s" + MONTH + "\\s(?:19|20)\\d\\d\\b|\\b" + MONTH + "\\s\\d{1,2},?\\s(?:19|20)\\d\\d\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int DATE_LINE_MAX = 80;
    /** A date line holds at most this many words besides its date. */
    private static final int DATE_LINE_WORDS = 4;

    private FurnitureLines() {
    }

    /** A short block about cookies (the word is the same in most European languages): a consent notice. */
    static boolean isCookieNotice(String text) {
        return text.length() < COOKIE_MAX && COOKIE.matcher(text).find();
    }

    /** A short line naming a picture's or a text's source ("Foto: ...", "© ...", "Credit: ...", "Quelle: ..."). */
    static boolean isCredit(String text) {
        if (text.length() >= CREDIT_MAX) {
            return false;
        }
        if (text.indexOf('©') >= 0 || text.contains("(c) ") || text.contains("(C) ")) {
            return true;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (int colon = lower.indexOf(':'); colon >= 0; colon = lower.indexOf(':', colon + 1)) {
            int end = colon;
            while (end > 0 && lower.charAt(end - 1) == ' ') {
                end--;
            }
            int start = end;
            while (start > 0 && Character.isLetter(lower.charAt(start - 1))) {
                start--;
            }
            if (start < end && CREDIT_WORDS.contains(lower.substring(start, end))) {
                return true;
            }
        }
        return AGENCY.matcher(lower).find();
    }

    /** An advertisement's label ("Anzeige", "- Advertisement -", "Reklama: ..."), alone or before a short teaser. */
    static boolean isAdLabel(String text) {
        return text.length() < AD_LABEL_MAX && AD_LABEL.matcher(text).find();
    }

    /**
     * A date line: a short block that holds a date and at most {@link #DATE_LINE_WORDS} other words ("Aktualisiert:
     * 11.04.2020, 10:27", "11 Jan 2019", "2021-10-16 | News"), not the attribution under an embedded post
     * ("— Name (@handle) January 24, 2020").
     */
    static boolean isDateLine(String text) {
        if (text.length() >= DATE_LINE_MAX || text.indexOf('@') >= 0 || text.startsWith("—") || text.startsWith("–")
                || digits(text) < 4) {
            return false;
        }
        Matcher m = DATE.matcher(text);
        if (!m.find()) {
            return false;
        }
        Matcher w = WORD.matcher(text.substring(0, m.start()) + " " + text.substring(m.end()));
        int words = 0;
        while (w.find()) {
            words++;
        }
        return words <= DATE_LINE_WORDS;
    }

    private static int digits(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
