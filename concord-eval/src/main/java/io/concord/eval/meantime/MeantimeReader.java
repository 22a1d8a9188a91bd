package io.concord.eval.meantime;

import io.concord.article.Article;
import io.concord.article.DateSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a MEANTIME (NewsReader) CAT XML file of the {@code intra_cross-doc_annotation} folder: tokens,
 * entity mentions, and the REFERS_TO links from mentions to corpus-level entity instances. The article text
 * is rebuilt from the tokens, one paragraph per sentence, tokens separated by single spaces.
 * Only mentions linked to an instance are returned.
 */
public final class MeantimeReader {
    private MeantimeReader() {
    }

    public static MeantimeDocument read(Path file, String articleId) throws IOException {
        Document doc = parse(file);
        Element root = doc.getDocumentElement();
        NodeList tokens = root.getElementsByTagName("token");
        StringBuilder text = new StringBuilder();
        Map<String, int[]> spans = new HashMap<>();
        String sentence = null;
        for (int i = 0; i < tokens.getLength(); i++) {
            Element t = (Element) tokens.item(i);
            String s = t.getAttribute("sentence");
            if (sentence != null && !sentence.equals(s)) {
                text.append("\n\n");
            } else if (sentence != null) {
                text.append(' ');
            }
            sentence = s;
            int b = text.length();
            text.append(t.getTextContent());
            spans.put(t.getAttribute("t_id"), new int[]{b, text.length()});
        }
        Map<String, Element> mentions = new LinkedHashMap<>();
        Map<String, String> instanceOf = new HashMap<>();
        Map<String, String> typeOf = new HashMap<>();
        NodeList markables = root.getElementsByTagName("Markables");
        if (markables.getLength() > 0) {
            Element m = (Element) markables.item(0);
            NodeList em = m.getElementsByTagName("ENTITY_MENTION");
            for (int i = 0; i < em.getLength(); i++) {
                Element e = (Element) em.item(i);
                mentions.put(e.getAttribute("m_id"), e);
            }
            NodeList ents = m.getElementsByTagName("ENTITY");
            for (int i = 0; i < ents.getLength(); i++) {
                Element e = (Element) ents.item(i);
                if (!e.getAttribute("instance_id").isEmpty()) {
                    instanceOf.put(e.getAttribute("m_id"), e.getAttribute("instance_id"));
                    typeOf.put(e.getAttribute("m_id"), e.getAttribute("ent_type"));
                }
            }
        }
        List<GoldMention> gold = new ArrayList<>();
        NodeList refers = root.getElementsByTagName("REFERS_TO");
        for (int i = 0; i < refers.getLength(); i++) {
            Element r = (Element) refers.item(i);
            NodeList targets = r.getElementsByTagName("target");
            if (targets.getLength() == 0) {
                continue;
            }
            String target = ((Element) targets.item(0)).getAttribute("m_id");
            String instance = instanceOf.get(target);
            if (instance == null) {
                continue;
            }
            NodeList sources = r.getElementsByTagName("source");
            for (int j = 0; j < sources.getLength(); j++) {
                Element mention = mentions.get(((Element) sources.item(j)).getAttribute("m_id"));
                if (mention == null) {
                    continue;
                }
                NodeList anchors = mention.getElementsByTagName("token_anchor");
                int b = Integer.MAX_VALUE;
                int e = -1;
                for (int k = 0; k < anchors.getLength(); k++) {
                    int[] span = spans.get(((Element) anchors.item(k)).getAttribute("t_id"));
                    if (span != null) {
                        b = Math.min(b, span[0]);
                        e = Math.max(e, span[1]);
                    }
                }
                if (e > b) {
                    gold.add(new GoldMention(b, e, instance, typeOf.get(target),
                            mention.getAttribute("syntactic_type"), text.substring(b, e)));
                }
            }
        }
        gold.sort((x, y) -> Integer.compare(x.begin(), y.begin()));
        String title = root.getAttribute("doc_name");
        Article article = new Article(articleId, title.isEmpty() ? null : title, text.toString(), "Wikinews",
                root.getAttribute("url").isEmpty() ? null : root.getAttribute("url"), file.toString(), null,
                null, DateSource.NONE);
        return new MeantimeDocument(article, gold);
    }

    private static Document parse(Path file) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder b = f.newDocumentBuilder();
            return b.parse(file.toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(file + ": not a readable MEANTIME XML file: " + e.getMessage(), e);
        }
    }
}
