package io.concord.article;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ManifestTest {
    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader();

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    private void corpus() throws IOException {
        write("news/one.txt", "Dam repairs begin\nPublished 1 June 2015\nWork on the cracked dam wall began on Monday.\n");
        write("news/sub/two.txt", "Road reopens\nThe coast road reopened after a landslide was cleared.\n");
        write("news/three.jsonl", "{\"title\": \"Mill closes\", \"maintext\": \"The old paper mill shut its doors.\"}\n"
                + "{\"title\": \"Mill sold\", \"maintext\": \"A buyer was found for the old paper mill.\"}\n");
    }

    @Test
    void csvManifestOverridesAndMatchesByNameOrRelativePath() throws IOException {
        corpus();
        Path manifest = write("manifest.csv", """
                file,url,outlet,published
                one.txt,https://example.org/dam,Valley Post,2015-06-03
                sub/two.txt,,"Coast Courier, Evening Edition",4 July 2015
                three.jsonl#2,,,2016-01-09
                three.jsonl,,Mill Weekly,
                """);
        Ingested got = reader.read(List.of(dir.resolve("news")), manifest);
        assertEquals(List.of(), got.problems());
        Article one = got.articles().get(0);
        assertEquals("https://example.org/dam", one.url());
        assertEquals("Valley Post", one.outlet());
        assertEquals(LocalDate.of(2015, 6, 3), one.published());
        assertEquals(DateSource.MANIFEST, one.publishedFrom());
        Article two = got.articles().get(1);
        assertEquals("Road reopens", two.title());
        assertEquals("Coast Courier, Evening Edition", two.outlet());
        assertEquals(LocalDate.of(2015, 7, 4), two.published());
        Article mill1 = got.articles().get(2);
        Article mill2 = got.articles().get(3);
        assertEquals("Mill Weekly", mill1.outlet());
        assertEquals(DateSource.NONE, mill1.publishedFrom());
        assertEquals(LocalDate.of(2016, 1, 9), mill2.published());
        assertEquals(DateSource.MANIFEST, mill2.publishedFrom());
    }

    @Test
    void jsonArrayManifestWithAlternativeNames() throws IOException {
        corpus();
        Path manifest = write("m.json", """
                [{"path": "one.txt", "source": "Dam Daily", "date": "2015-06-02T10:00:00Z"},
                 {"file": "news/sub/two.txt", "url": "https://example.org/road"}]
                """);
        Ingested got = reader.read(List.of(dir.resolve("news/one.txt"), dir.resolve("news/sub/two.txt")), manifest);
        assertEquals(List.of(), got.problems());
        assertEquals("Dam Daily", got.articles().get(0).outlet());
        assertEquals(LocalDate.of(2015, 6, 2), got.articles().get(0).published());
        assertEquals("https://example.org/road", got.articles().get(1).url());
    }

    @Test
    void jsonObjectManifestKeyedByFile() throws IOException {
        corpus();
        Path manifest = write("m2.json", "{\"one.txt\": {\"outlet\": \"Dam Daily\"}, \"nowhere.txt\": {\"outlet\": \"Ghost\"}}");
        Ingested got = reader.read(List.of(dir.resolve("news/one.txt")), manifest);
        assertEquals("Dam Daily", got.articles().get(0).outlet());
        assertEquals(DateSource.TEXT, got.articles().get(0).publishedFrom());
        assertEquals(1, got.problems().size());
        assertTrue(got.problems().get(0).reason().contains("nowhere.txt"));
        assertEquals(manifest.toString(), got.problems().get(0).path());
    }

    @Test
    void badManifestsFailWithFileAndReason() throws IOException {
        List<Path> in = List.of(dir);
        Path noFileColumn = write("a.csv", "url,outlet\nhttps://x.example,X\n");
        ManifestException e = assertThrows(ManifestException.class, () -> reader.read(in, noFileColumn));
        assertTrue(e.getMessage().contains(noFileColumn.toString()) && e.getMessage().contains("'file'"), e.getMessage());

        Path badDate = write("b.csv", "file,published\none.txt,last Tuesday\n");
        e = assertThrows(ManifestException.class, () -> reader.read(in, badDate));
        assertTrue(e.getMessage().contains(badDate.toString()) && e.getMessage().contains("last Tuesday"), e.getMessage());

        Path badJson = write("c.json", "[{\"file\": \"one.txt\",");
        e = assertThrows(ManifestException.class, () -> reader.read(in, badJson));
        assertTrue(e.getMessage().contains("malformed JSON"), e.getMessage());

        Path wrongShape = write("d.json", "[1, 2, 3]");
        e = assertThrows(ManifestException.class, () -> reader.read(in, wrongShape));
        assertTrue(e.getMessage().contains(wrongShape.toString()), e.getMessage());

        Path twice = write("e.csv", "file,outlet\none.txt,A\none.txt,B\n");
        e = assertThrows(ManifestException.class, () -> reader.read(in, twice));
        assertTrue(e.getMessage().contains("twice"), e.getMessage());

        Path empty = write("f.csv", "");
        e = assertThrows(ManifestException.class, () -> reader.read(in, empty));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());

        Path missing = dir.resolve("nope.csv");
        e = assertThrows(ManifestException.class, () -> reader.read(in, missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());

        Path unbalanced = write("g.csv", "file,outlet\n\"one.txt,A\n");
        e = assertThrows(ManifestException.class, () -> reader.read(in, unbalanced));
        assertTrue(e.getMessage().contains(unbalanced.toString()), e.getMessage());
    }

    @Test
    void manifestInsideTheInputFolderIsNotReadAsAnArticle() throws IOException {
        corpus();
        Path manifest = write("news/manifest.csv", "file,outlet\none.txt,Dam Daily\n");
        Ingested got = reader.read(List.of(dir.resolve("news")), manifest);
        assertEquals(List.of(), got.problems());
        assertEquals(4, got.articles().size());
    }
}
