package io.concord.timex;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeMlReadWriteTest {
    private static final String DOC = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>FICT-001</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2003-05-09" temporalFunction="false" functionInDocument="CREATION_TIME">May 9, 2003</TIMEX3></DCT>
            <TITLE>Ferry &amp; freight</TITLE>
            <TEXT>
            The ferry <EVENT eid="e1" class="OCCURRENCE">sailed</EVENT> <TIMEX3 tid="t1" type="DATE" value="2003-05-08" temporalFunction="true" anchorTimeID="t0">Thursday</TIMEX3> with R&amp;D crates &lt;marked&gt; "fragile".
            The trip lasted <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>.
            </TEXT>
            </TimeML>
            """;

    private final TimeMlReader reader = new TimeMlReader();
    private final TimeMlWriter writer = new TimeMlWriter();

    @Test
    void readsCreationTimePlainTextAndTimexOffsets() {
        TimeMlDocument d = reader.read(DOC, "fallback", "test.tml");
        assertEquals("FICT-001", d.id());
        assertEquals("2003-05-09", d.creationTime());
        assertEquals("2003-05-09", d.creationDate().toString());
        assertTrue(d.text().contains("The ferry sailed Thursday with R&D crates <marked> \"fragile\"."), d.text());
        assertEquals(2, d.timexes().size());
        Timex thursday = d.timexes().get(0);
        assertEquals("Thursday", d.text().substring(thursday.begin(), thursday.end()));
        assertEquals("Thursday", thursday.text());
        assertEquals("DATE", thursday.type());
        assertEquals("2003-05-08", thursday.value());
        assertEquals("t2", d.timexes().get(1).tid());
        assertEquals("P3D", d.timexes().get(1).value());
    }

    @Test
    void writtenDocumentReadsBackTheSame() {
        TimeMlDocument d = reader.read(DOC, "fallback", "test.tml");
        String xml = writer.write(d);
        assertTrue(xml.contains("R&amp;D crates &lt;marked&gt;"), xml);
        assertTrue(xml.contains("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2003-05-08\">Thursday</TIMEX3>"), xml);
        assertTrue(xml.contains("functionInDocument=\"CREATION_TIME\""), xml);
        TimeMlDocument back = reader.read(xml, "fallback", "written.tml");
        assertEquals(d, back);
    }

    @Test
    void replacedAnnotationsAreWrittenInline() {
        TimeMlDocument d = reader.read(DOC, "fallback", "test.tml");
        int at = d.text().indexOf("three days");
        TimeMlDocument mine = d.withTimexes(List.of(new Timex("t1", "DURATION", "P3D", at, at + 10, "three days")));
        TimeMlDocument back = reader.read(writer.write(mine), "x", "x");
        assertEquals(mine.timexes(), back.timexes());
        assertEquals(d.text(), back.text());
    }

    @Test
    void carriageReturnsAndControlCharactersSurvive() {
        String text = "Line one\r\nsaid \"quoted\" & <tagged> on Monday.";
        int at = text.indexOf("Monday");
        TimeMlDocument d = new TimeMlDocument("cr", null, text, List.of(new Timex("t1", "DATE", "2003-05-05", at, at + 6, "Monday")));
        TimeMlDocument back = reader.read(writer.write(d), "cr", "cr");
        assertEquals(d, back);
    }

    @Test
    void badInputNamesTheFileAndReason() {
        TimeMlException notXml = assertThrows(TimeMlException.class,
                () -> reader.read("<TimeML><TEXT>open", "x", "broken.tml"));
        assertTrue(notXml.getMessage().startsWith("broken.tml: not well-formed XML"), notXml.getMessage());
        TimeMlException noText = assertThrows(TimeMlException.class,
                () -> reader.read("<TimeML><DOCID>A</DOCID></TimeML>", "x", "empty.tml"));
        assertEquals("empty.tml: no TEXT element", noText.getMessage());
    }

    @Test
    void documentWithoutDocIdUsesTheFallbackAndCreationTimeInTextIsNotScored() {
        String xml = "<TimeML><TEXT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2003-05-09\" functionInDocument=\"CREATION_TIME\">"
                + "May 9</TIMEX3>: rain <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"PRESENT_REF\">now</TIMEX3>.</TEXT></TimeML>";
        TimeMlDocument d = reader.read(xml, "fallback", "x.tml");
        assertEquals("fallback", d.id());
        assertEquals(1, d.timexes().size());
        assertEquals("now", d.timexes().get(0).text());
    }
}
