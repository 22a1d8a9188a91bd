package io.concord.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Bylines: finds "By X" / "Von X" / "Par X" / "Por X" lines and cleans author names. */
final class Bylines {
    private static final Pattern BY_LINE = Pattern.compile(
            "^(?:by|von|par|por|di|door|av)\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|van|von|de|da|der|del|la|le|and|und|&|,)){0,6})",
            Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);
    private static final Pattern PREFIX = Pattern.compile("^(?:by|von|par|por|autor|author)\\s*:?\\s+",
            Pattern.CASE_INSENSITIVE);

    private Bylines() {
    }

    /** The author named in a short "By X" line, else null. */
    static String fromLine(String line) {
        if (line == null || line.length() > 120) {
            return null;
        }
        Matcher m = BY_LINE.matcher(line.strip());
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).replaceAll("[\\s,&]+$", "").replaceAll("\\s+(?:and|und)$", "").strip();
        return name.isEmpty() || !Character.isUpperCase(name.charAt(0)) ? null : name;
    }

    static String clean(String author) {
        String a = PREFIX.matcher(author.strip()).replaceFirst("").replaceAll("\\s+", " ").strip();
        return a.isEmpty() ? null : a;
    }
}
