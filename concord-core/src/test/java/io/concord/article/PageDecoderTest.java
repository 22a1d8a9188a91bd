package io.concord.article;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageDecoderTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    @Test
    void headerCharsetWinsOverTheMetaTag() {
        byte[] body = "<html><head><meta charset=\"utf-8\"></head><body>Caf\u00e9 \u2013 open</body></html>".getBytes(CP1252);
        assertTrue(PageDecoder.decode(body, "text/html; charset=windows-1252").contains("Café – open"));
    }

    @Test
    void latin1LabelMeansWindows1252() {
        byte[] body = "<p>\u201cQuoted\u201d</p>".getBytes(CP1252);
        assertEquals("<p>\u201cQuoted\u201d</p>", PageDecoder.decode(body, "text/html; charset=\"ISO-8859-1\""));
    }

    @Test
    void byteOrderMarkWinsOverTheHeader() {
        byte[] text = "<p>Caf\u00e9</p>".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[text.length + 3];
        body[0] = (byte) 0xEF;
        body[1] = (byte) 0xBB;
        body[2] = (byte) 0xBF;
        System.arraycopy(text, 0, body, 3, text.length);
        assertEquals("<p>Café</p>", PageDecoder.decode(body, "text/html; charset=windows-1252"));
    }

    @Test
    void withoutAUsableHeaderTheMetaTagThenUtf8Decide() {
        byte[] meta = "<meta charset=\"windows-1252\"><p>Caf\u00e9</p>".getBytes(CP1252);
        assertTrue(PageDecoder.decode(meta, "text/html").contains("Café"));
        assertTrue(PageDecoder.decode(meta, "text/html; charset=no-such-charset").contains("Café"));
        byte[] utf8 = "<p>Caf\u00e9</p>".getBytes(StandardCharsets.UTF_8);
        assertEquals("<p>Café</p>", PageDecoder.decode(utf8, null));
    }
}
