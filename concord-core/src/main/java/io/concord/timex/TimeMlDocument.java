package io.concord.timex;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A TimeML document: its id, its creation time (the DCT's TIMEX3 value), the plain text of its TEXT
 * element and the TIMEX3 annotations of that text (the creation time itself is not among them).
 *
 * @param id           the DOCID, or the file name without extension when there is none
 * @param creationTime the DCT value ("1998-02-13T14:26:00"), or null when the document has none
 */
public record TimeMlDocument(String id, String creationTime, String text, List<Timex> timexes) {
    public TimeMlDocument {
        timexes = List.copyOf(timexes);
        for (Timex t : timexes) {
            if (t.end() > text.length()) {
                throw new IllegalArgumentException("TIMEX3 " + t.tid() + " ends after the text of " + id);
            }
        }
    }

    /** The calendar day of the creation time, or null when it has none or it is not a day. */
    public LocalDate creationDate() {
        if (creationTime == null || creationTime.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(creationTime.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public TimeMlDocument withTimexes(List<Timex> newTimexes) {
        return new TimeMlDocument(id, creationTime, text, newTimexes);
    }
}
