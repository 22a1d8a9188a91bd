package io.concord.article;

import io.concord.clean.FurnitureCleaner;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Junk bytes, garbled lines and mutated valid files fed to the readers (in the spirit of Lucene's
 * BaseTokenStreamTestCase): reading never throws, and every input file ends up as articles or problems.
 * The seed is printed on failure through the assertion messages.
 */
class ReaderRandomizedTest {
    private static final String[] EXTENSIONS = {".txt", ".html", ".htm", ".jsonl", ".jsonl.gz", ".bin"};
    private static final String[] FRAGMENTS = {
            "Published 3 March 2012", "<meta charset=\"koi8-r\">", "<p>", "</p>", "{\"title\":", "\"maintext\": \"",
            "}", "{", "[", "\"date_publish\": \"2012-13-45\"", "\u0000", "\uFEFF", "\r\n", "\n\n", "é", "\u201c", "©",
            "<html><body>", "<script>", "&amp;", "&#xD800;", "Last Modified: 31 Feb 2012", "KESTREL, May 3, 2012 (X) -",
            "By Ana Pell | 2 Jan 2020", "Share this", "\\u00e9", "\\", "\"", "Topics:", "(L)", "and agencies"};

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader();

    @RepeatedTest(25)
    void randomFilesNeverThrowAndAreAllAccountedFor() throws IOException {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String ext = EXTENSIONS[random.nextInt(EXTENSIONS.length)];
            Path f = dir.resolve("f" + i + ext);
            byte[] content = random.nextInt(3) == 0 ? junkBytes(random) : garbledText(random).getBytes(
                    random.nextBoolean() ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
            if (ext.endsWith(".gz") && random.nextInt(4) != 0) {
                try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
                    out.write(content);
                }
            } else {
                Files.write(f, content);
            }
            files.add(f);
        }
        files.add(dir.resolve("does-not-exist.txt"));

        Ingested got = reader.read(files, null);

        Set<String> accounted = new HashSet<>();
        for (Article a : got.articles()) {
            assertFalse(a.text().isBlank(), "seed " + seed + ": blank text from " + a.path());
            accounted.add(a.path().replaceAll("#\\d+$", ""));
        }
        for (Problem p : got.problems()) {
            assertFalse(p.reason().isBlank(), "seed " + seed);
            accounted.add(p.path().replaceAll("#\\d+$", ""));
        }
        for (Path f : files) {
            assertTrue(accounted.contains(f.toString()), "seed " + seed + ": " + f + " neither read nor reported");
        }
        for (int i = 0; i < got.articles().size(); i++) {
            assertEquals("a" + (i + 1), got.articles().get(i).id(), "seed " + seed);
        }
        // the cleaner must cope with whatever the readers produce
        assertEquals(got.articles().size(), new FurnitureCleaner().clean(got.articles()).size(), "seed " + seed);
    }

    @Test
    void mutatedValidJsonLinesNeverThrow() throws IOException {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        String valid = "{\"title\": \"Orchard harvest falls\", \"maintext\": \"Apple growers picked less fruit.\\nFrost is blamed.\","
                + " \"date_publish\": \"2012-02-18 11:06:00\", \"source_domain\": \"valleypost.example\", \"authors\": [\"Ines Varga\"]}";
        StringBuilder content = new StringBuilder();
        int lines = 200;
        for (int i = 0; i < lines; i++) {
            StringBuilder line = new StringBuilder(valid);
            int edits = random.nextInt(4);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(line.length());
                switch (random.nextInt(3)) {
                    case 0 -> line.deleteCharAt(at);
                    case 1 -> line.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                    default -> line.setCharAt(at, (char) random.nextInt(0x3000));
                }
            }
            content.append(line.toString().replace("\n", " ").replace("\r", " ")).append('\n');
        }
        Path f = dir.resolve("mutated.jsonl");
        Files.writeString(f, content.toString());
        Ingested got = reader.read(List.of(f), null);
        Set<Integer> covered = new HashSet<>();
        Set<Integer> articleLines = new HashSet<>();
        for (Article a : got.articles()) {
            int n = Integer.parseInt(a.path().substring(a.path().lastIndexOf('#') + 1));
            assertTrue(articleLines.add(n), "seed " + seed + ": two articles from line " + n);
            covered.add(n);
        }
        boolean capped = false;
        for (Problem p : got.problems()) {
            if (p.path().contains("#")) {
                covered.add(Integer.parseInt(p.path().substring(p.path().lastIndexOf('#') + 1)));
            } else {
                capped |= p.reason().contains("more problems");
            }
        }
        if (!capped) {
            for (int n = 1; n <= lines; n++) {
                assertTrue(covered.contains(n), "seed " + seed + ": line " + n + " dropped silently");
            }
        }
    }

    private static byte[] junkBytes(Random random) {
        byte[] b = new byte[random.nextInt(3000)];
        random.nextBytes(b);
        return b;
    }

    private static String garbledText(Random random) {
        StringBuilder sb = new StringBuilder();
        int parts = random.nextInt(40);
        for (int i = 0; i < parts; i++) {
            switch (random.nextInt(4)) {
                case 0 -> sb.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                case 1 -> sb.append('\n');
                case 2 -> {
                    for (int k = random.nextInt(12); k > 0; k--) {
                        sb.append((char) ('a' + random.nextInt(26)));
                    }
                    sb.append(' ');
                }
                default -> sb.appendCodePoint(random.nextInt(0x2FFF) + 1);
            }
        }
        return sb.toString();
    }
}
