package io.concord.extract;

import io.concord.article.PageDecoder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads HTML files for extraction: expands folders to their .html/.htm files, caps a page at
 * {@link #MAX_BYTES}, rejects empty and binary files with a message naming the file, and decodes by BOM,
 * {@code <meta charset>}, else UTF-8, else windows-1252.
 */
public final class HtmlFiles {
    /** Pages larger than this are cut here (the main text of a news page is far smaller). */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

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
        if (PageDecoder.isBinary(bytes)) {
            throw new IllegalArgumentException(name + ": binary content, not HTML");
        }
        return PageDecoder.decode(bytes, null);
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
