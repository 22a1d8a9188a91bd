package io.concord.timex;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads TimeML documents (TempEval-3 style): the document id from DOCID, the creation time from the
 * TIMEX3 inside DCT, the text of TEXT with all markup removed, and the TIMEX3 elements of TEXT with their
 * offsets in that text. Other annotation inside TEXT (EVENT, SIGNAL, ...) is ignored; TIMEX3 elements
 * marked functionInDocument="CREATION_TIME" are not returned. DTDs and external entities are not loaded.
 */
public final class TimeMlReader {
    private final XMLInputFactory factory;

    public TimeMlReader() {
        factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    }

    public TimeMlDocument read(Path file) {
        String xml;
        try {
            xml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TimeMlException(file.toString(), "cannot read: " + e.getMessage(), e);
        }
        String name = file.getFileName().toString().replaceFirst("\\.(tml|xml)$", "");
        return read(xml, name, file.toString());
    }

    /**
     * @param xml         the document
     * @param defaultId   the id to use when the document has no DOCID
     * @param sourceLabel names the input in error messages (a path)
     */
    public TimeMlDocument read(String xml, String defaultId, String sourceLabel) {
        String id = null;
        String creationTime = null;
        StringBuilder text = null;
        List<Timex> timexes = new ArrayList<>();
        boolean inDct = false;
        boolean inDocId = false;
        StringBuilder docId = new StringBuilder();
        // the TIMEX3 being read inside TEXT: its attributes and start offset
        String[] open = null;
        int openBegin = -1;
        boolean inText = false;
        try {
            XMLStreamReader r = factory.createXMLStreamReader(new StringReader(xml));
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String el = r.getLocalName();
                    if (inText) {
                        if (el.equals("TIMEX3")) {
                            if (open != null) {
                                throw new TimeMlException(sourceLabel,
                                        "nested TIMEX3 at line " + r.getLocation().getLineNumber());
                            }
                            open = new String[]{attr(r, "tid"), attr(r, "type"), attr(r, "value"),
                                    attr(r, "functionInDocument")};
                            openBegin = text.length();
                        }
                    } else if (el.equals("TEXT") && text == null) {
                        text = new StringBuilder();
                        inText = true;
                    } else if (el.equals("DOCID")) {
                        inDocId = true;
                    } else if (el.equals("DCT")) {
                        inDct = true;
                    } else if (el.equals("TIMEX3") && inDct && creationTime == null) {
                        creationTime = attr(r, "value");
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    String el = r.getLocalName();
                    if (inText) {
                        if (el.equals("TEXT")) {
                            inText = false;
                        } else if (el.equals("TIMEX3") && open != null) {
                            if (!"CREATION_TIME".equals(open[3])) {
                                timexes.add(new Timex(open[0], open[1], open[2], openBegin, text.length(),
                                        text.substring(openBegin)));
                            }
                            open = null;
                        }
                    } else if (el.equals("DOCID")) {
                        inDocId = false;
                    } else if (el.equals("DCT")) {
                        inDct = false;
                    }
                } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                        || ev == XMLStreamConstants.SPACE) {
                    if (inText) {
                        text.append(r.getText());
                    } else if (inDocId) {
                        docId.append(r.getText());
                    }
                }
            }
            r.close();
        } catch (XMLStreamException e) {
            throw new TimeMlException(sourceLabel, "not well-formed XML: " + e.getMessage(), e);
        }
        if (text == null) {
            throw new TimeMlException(sourceLabel, "no TEXT element");
        }
        id = docId.toString().strip();
        if (id.isEmpty()) {
            id = defaultId;
        }
        try {
            return new TimeMlDocument(id, creationTime, text.toString(), timexes);
        } catch (IllegalArgumentException e) {
            throw new TimeMlException(sourceLabel, e.getMessage(), e);
        }
    }

    private static String attr(XMLStreamReader r, String name) {
        String v = r.getAttributeValue(null, name);
        return v == null || v.isEmpty() ? null : v;
    }
}
