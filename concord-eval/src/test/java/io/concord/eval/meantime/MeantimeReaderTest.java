package io.concord.eval.meantime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeantimeReaderTest {
    /** A made-up document in MEANTIME's CAT layout: two sentences, two mentions of one instance. */
    private static final String XML = """
            <?xml version="1.0" ?><Document doc_id="1" doc_name="1_Test" lang="en" url="http://example.org/t">
            <token number="0" sentence="0" t_id="1">Ana</token>
            <token number="1" sentence="0" t_id="2">Silva</token>
            <token number="2" sentence="0" t_id="3">spoke</token>
            <token number="3" sentence="1" t_id="4">Silva</token>
            <token number="4" sentence="1" t_id="5">left</token>
            <Markables>
            <ENTITY_MENTION m_id="1" syntactic_type="NAM"><token_anchor t_id="1"/><token_anchor t_id="2"/></ENTITY_MENTION>
            <ENTITY_MENTION m_id="2" syntactic_type="NAM"><token_anchor t_id="4"/></ENTITY_MENTION>
            <ENTITY_MENTION m_id="3" syntactic_type="NAM"><token_anchor t_id="5"/></ENTITY_MENTION>
            <ENTITY TAG_DESCRIPTOR="Ana Silva" ent_type="PER" instance_id="PER1" m_id="10"/>
            <ENTITY TAG_DESCRIPTOR="unlinked" ent_type="PER" m_id="11"/>
            </Markables>
            <Relations>
            <REFERS_TO r_id="1"><source m_id="1"/><source m_id="2"/><target m_id="10"/></REFERS_TO>
            <REFERS_TO r_id="2"><source m_id="3"/><target m_id="11"/></REFERS_TO>
            </Relations>
            </Document>
            """;

    @Test
    void rebuildsTextAndLinkedMentions(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("1_Test.xml");
        Files.writeString(f, XML);
        MeantimeDocument d = MeantimeReader.read(f, "m1");
        assertEquals("Ana Silva spoke\n\nSilva left", d.article().text());
        assertEquals("m1", d.article().id());
        List<GoldMention> m = d.mentions();
        assertEquals(2, m.size());
        assertEquals("Ana Silva", m.get(0).text());
        assertEquals("Silva", m.get(1).text());
        assertTrue(m.stream().allMatch(g -> g.instance().equals("PER1") && g.type().equals("PER")));
    }

    @Test
    void badFileIsReportedWithItsName(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("broken.xml");
        Files.writeString(f, "<Document><token");
        IOException e = assertThrows(IOException.class, () -> MeantimeReader.read(f, "m1"));
        assertTrue(e.getMessage().contains("broken.xml"));
    }
}
