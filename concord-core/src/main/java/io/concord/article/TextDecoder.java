package io.concord.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a file's bytes into text: a byte-order mark wins, then (for HTML) a declared {@code <meta>} charset,
 * then strict UTF-8, then windows-1252 (which decodes any byte). Also tells binary content from text.
 */
final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]{2,40})");
    private static final int SNIFF_BYTES = 4096;
    private static final int BINARY_SAMPLE = 8192;

    private TextDecoder() {
    }

    /**
     * True when the bytes look like binary data: more than one in twenty of the first bytes are control
     * characters (NUL included), unless a UTF-16 byte-order mark says the NULs are half of each character.
     */
    static boolean isBinary(byte[] bytes) {
        Charset bom = bomCharset(bytes);
        if (bom != null && bom != StandardCharsets.UTF_8) {
            return false;
        }
        int n = Math.min(bytes.length, BINARY_SAMPLE);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b) {
                control++;
            }
        }
        return n > 0 && control * 20 > n;
    }

    /** Plain text: BOM, else strict UTF-8, else windows-1252. */
    static String decodeText(byte[] bytes) {
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            return new String(bytes, bomLength(bom), bytes.length - bomLength(bom), bom);
        }
        return utf8OrWindows1252(bytes);
    }

    /** An HTML page: BOM, else the charset its {@code <meta>} declares, else strict UTF-8, else windows-1252. */
    static String decodeHtml(byte[] bytes) {
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            return new String(bytes, bomLength(bom), bytes.length - bomLength(bom), bom);
        }
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            Charset declared = charset(m.group(1));
            if (declared != null && declared != StandardCharsets.UTF_8) {
                return new String(bytes, declared);
            }
        }
        return utf8OrWindows1252(bytes);
    }

    private static Charset charset(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        // As browsers do (WHATWG Encoding): Latin-1 and ASCII labels mean windows-1252.
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii") || n.equals("l1")) {
            return WINDOWS_1252;
        }
        if (n.equals("utf8")) {
            return StandardCharsets.UTF_8;
        }
        try {
            Charset c = Charset.forName(name);
            // A page that says UTF-16 in a meta tag it could be read in ASCII is not UTF-16.
            return c.name().startsWith("UTF-16") || c.name().startsWith("UTF-32") ? StandardCharsets.UTF_8 : c;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return null;
        }
    }

    private static String utf8OrWindows1252(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return WINDOWS_1252.decode(ByteBuffer.wrap(bytes)).toString();
        }
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static int bomLength(Charset c) {
        return c == StandardCharsets.UTF_8 ? 3 : 2;
    }

}
