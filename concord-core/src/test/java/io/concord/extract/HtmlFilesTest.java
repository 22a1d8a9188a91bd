package io.concord.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlFilesTest {
    @TempDir
    Path dir;

    @Test
    void expandsFoldersToHtmlFilesSorted() throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("b.html"), "<p>b</p>");
        Files.writeString(dir.resolve("sub/a.htm"), "<p>a</p>");
        Files.writeString(dir.resolve("notes.txt"), "x");
        assertEquals(List.of(dir.resolve("b.html"), dir.resolve("sub/a.htm")), HtmlFiles.expand(List.of(dir)));
    }

    @Test
    void emptyAndBinaryFilesAreRejectedWithTheirName() throws Exception {
        Path empty = Files.write(dir.resolve("empty.html"), new byte[0]);
        Path binary = Files.write(dir.resolve("image.html"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        IllegalArgumentException e1 = assertThrows(IllegalArgumentException.class, () -> HtmlFiles.read(empty));
        assertTrue(e1.getMessage().contains("empty.html") && e1.getMessage().contains("empty"), e1.getMessage());
        IllegalArgumentException e2 = assertThrows(IllegalArgumentException.class, () -> HtmlFiles.read(binary));
        assertTrue(e2.getMessage().contains("image.html") && e2.getMessage().contains("binary"), e2.getMessage());
        assertThrows(IllegalArgumentException.class, () -> HtmlFiles.read(dir.resolve("missing.html")));
    }

    @Test
    void decodesDeclaredCharsetAndFallsBackToWindows1252() throws Exception {
        Path latin = Files.write(dir.resolve("l.html"),
                "<meta charset=\"iso-8859-1\"><p>Grüße</p>".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(HtmlFiles.read(latin).html().contains("Grüße"));
        Path undeclared = Files.write(dir.resolve("u.html"), "<p>Straße</p>".getBytes(Charset.forName("windows-1252")));
        assertTrue(HtmlFiles.read(undeclared).html().contains("Straße"));
    }

    @Test
    void capsHugePages() throws Exception {
        byte[] big = new byte[HtmlFiles.MAX_BYTES + 1000];
        java.util.Arrays.fill(big, (byte) 'a');
        Path p = Files.write(dir.resolve("big.html"), big);
        HtmlFiles.Page page = HtmlFiles.read(p);
        assertTrue(page.truncated());
        assertEquals(HtmlFiles.MAX_BYTES, page.html().length());
    }
}
