package io.concord.article;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises credit lines by their shape: "&lt;Outlet&gt; and agencies", "© 2012 &lt;Outlet&gt;",
 * "Copyright &lt;Outlet&gt;. All rights reserved.", a bracketed agency alone ("(Reuters)"), and
 * "Reporting by ...; Editing by ..." lines. No list of outlet names is used.
 */
public final class CreditLine {
    private static final String NAME = "(\\p{Lu}[\\p{L}\\p{N}.'&\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}.'&\\-]*|of|the|and|de|for|&)){0,5})";
    private static final Pattern AND_AGENCIES = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}\\p{N}.'&\\-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}.'&\\-]*){0,5})\\s*(?:,\\s*|\\s+and\\s+|\\s+with\\s+)(?:news\\s+)?(?:wire\\s+)?agencies\\.?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern AND_AGENCIES_NAME = Pattern.compile(
            "^" + NAME + "\\s*(?:,\\s*|\\s+and\\s+|\\s+with\\s+)(?:news\\s+)?(?:wire\\s+)?agencies\\.?$");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "^(?:©|\\(c\\)|copyright\\b)\\s*(?:©|\\(c\\))?\\s*(?:\\d{4}(?:\\s*[\\-–/]\\s*\\d{4})?)?\\s*,?\\s*"
                    + "(?<name>[^.]*?)\\s*(?:[.,;|]?\\s*all rights reserved)?\\s*\\.?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NAME_ONLY = Pattern.compile("^" + NAME + "$");
    private static final Pattern BRACKETED_AGENCY = Pattern.compile("^[(\\[]\\s*\\p{Lu}[\\p{L}.&/ \\-]{0,30}[)\\]]\\.?$");
    private static final Pattern STAFF = Pattern.compile(
            "(?i)^(?:additional\\s+)?(?:reporting|writing|editing|edited|compiled|compiling|translated|research)\\s+by\\s+\\p{L}.*$");
    private static final Pattern RIGHTS = Pattern.compile("(?i)^all rights reserved\\.?$");
    /** A copyright sign, a year after "Copyright", or a rights notice: what tells a notice from a sentence. */
    private static final Pattern COPYRIGHT_MARK = Pattern.compile("(?i)^(?:©|\\(c\\))|^copyright\\s*(?:©|\\(c\\)|\\d{4})|all rights reserved");
    private static final int MAX_STAFF_WORDS = 30;
    /** "This story was distributed by X. All rights reserved.": a short line closing on a rights notice. */
    private static final Pattern RIGHTS_AT_END = Pattern.compile("(?i)(?:^|[.!?]\\s+)all rights reserved\\.?$");
    private static final int MAX_NOTICE_WORDS = 25;

    private CreditLine() {
    }

    /** The outlet named by an outlet credit line ("X and agencies", "© 2012 X", "Copyright X"), if the line is one. */
    public static Optional<String> outletOf(String line) {
        if (line == null) {
            return Optional.empty();
        }
        String l = line.strip();
        if (l.length() > 120) {
            return Optional.empty();
        }
        Matcher m = AND_AGENCIES_NAME.matcher(l);
        if (m.matches()) {
            return Optional.of(m.group(1).strip());
        }
        m = COPYRIGHT.matcher(l);
        if (m.matches()) {
            String name = m.group("name").replaceAll("^(?i:by)\\s+", "").strip();
            if (NAME_ONLY.matcher(name).matches()) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** True when the whole line is a credit: an outlet credit, a copyright notice, a bracketed agency or a staff credit. */
    public static boolean isCredit(String line) {
        if (line == null || line.isBlank()) {
            return false;
        }
        String l = line.strip();
        if (l.length() > 300) {
            return false;
        }
        return outletOf(l).isPresent()
                || AND_AGENCIES.matcher(l).matches()
                || COPYRIGHT.matcher(l).matches() && l.split("\\s+").length <= 15 && COPYRIGHT_MARK.matcher(l).find()
                || RIGHTS.matcher(l).matches()
                || RIGHTS_AT_END.matcher(l).find() && l.split("\\s+").length <= MAX_NOTICE_WORDS
                || BRACKETED_AGENCY.matcher(l).matches()
                || STAFF.matcher(l).matches() && l.split("\\s+").length <= MAX_STAFF_WORDS;
    }
}
