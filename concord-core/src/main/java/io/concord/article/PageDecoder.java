package io.concord.article;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes an HTML page that came with an HTTP {@code Content-Type} (fetched, or stored in a web archive), in the
 * order browsers use: a byte-order mark, then the header's {@code charset}, then what {@link TextDecoder} finds
 * (a {@code <meta>} charset, strict UTF-8, windows-1252).
 */
public final class PageDecoder {
    private static final Pattern CHARSET_PARAM = Pattern.compile("(?i)charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]{2,40})");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private PageDecoder() {
    }

    /**
     * @param body        the page's bytes (already free of any Content-Encoding)
     * @param contentType the HTTP Content-Type header value, or null
     */
    public static String decode(byte[] body, String contentType) {
        if (!hasBom(body)) {
            Charset declared = headerCharset(contentType);
            if (declared != null) {
                return new String(body, declared);
            }
        }
        return TextDecoder.decodeHtml(body);
    }

    /** True when the bytes look like binary data rather than text. */
    public static boolean isBinary(byte[] body) {
        return TextDecoder.isBinary(body);
    }

    /** The charset a Content-Type header names, when Java knows it; Latin-1 and ASCII labels mean windows-1252. */
    static Charset headerCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = CHARSET_PARAM.matcher(contentType);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            return WINDOWS_1252;
        }
        if (name.equals("utf8")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return null;
        }
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF
                || b.length >= 2 && ((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF || (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE);
    }
}
