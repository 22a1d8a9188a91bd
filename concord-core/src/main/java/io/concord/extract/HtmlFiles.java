package io.concord.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads HTML files for extraction: expands folders to their .html/.htm files, caps a page at
 * {@link #MAX_BYTES}, rejects empty and binary files with a message naming the file, and decodes by BOM,
 * {@code <meta charset>}, else UTF-8, else windows-1252.
 */
public final class HtmlFiles {
    /** Pages larger than this are cut here (the main text of a news page is far smaller). */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlFiles() {
    }

    /** One file read and decoded; {@code truncated} when it was longer than {@link #MAX_BYTES}. */
    public record Page(Path path, String html, boolean truncated) {
    }

    /** The files named, with folders replaced by the .html/.htm files under them (sorted). */
    public static List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(HtmlFiles::isHtmlName).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(p + ": cannot list folder: " + e.getMessage(), e);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    static boolean isHtmlName(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml");
    }

    /** @throws IllegalArgumentException naming the file and the reason (missing, empty, binary, unreadable) */
    public static Page read(Path path) {
        if (!Files.exists(path)) {
            throw new IllegalArgumentException(path + ": no such file");
        }
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException(path + ": not a regular file");
        }
        byte[] bytes;
        boolean truncated;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new IllegalArgumentException(path + ": cannot read: " + e.getMessage(), e);
        }
        truncated = bytes.length > MAX_BYTES;
        if (truncated) {
            bytes = java.util.Arrays.copyOf(bytes, MAX_BYTES);
        }
        return new Page(path, decode(path.toString(), bytes), truncated);
    }

    /** Decodes page bytes; rejects empty and binary content. */
    public static String decode(String name, byte[] bytes) {
        if (bytes.length == 0 || isBlank(bytes)) {
            throw new IllegalArgumentException(name + ": empty file");
        }
        if (isBinary(bytes)) {
            throw new IllegalArgumentException(name + ": binary content, not HTML");
        }
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF
                || (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE)) {
            return new String(bytes, StandardCharsets.UTF_16);
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            try {
                Charset cs = Charset.forName(m.group(1));
                if (!cs.equals(StandardCharsets.UTF_8)) {
                    return new String(bytes, cs);
                }
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                // unknown label: fall through to UTF-8, then windows-1252
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /** NUL bytes or many control characters in the first 8 KB (UTF-16 is caught by its BOM before). */
    private static boolean isBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        boolean bom16 = bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFE || (bytes[0] & 0xff) == 0xFF);
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0 && !bom16) {
                return true;
            }
            if (b < 0x09 || b > 0x0d && b < 0x20 && b != 0x1b) {
                control++;
            }
        }
        return !bom16 && control > n / 10;
    }
}
