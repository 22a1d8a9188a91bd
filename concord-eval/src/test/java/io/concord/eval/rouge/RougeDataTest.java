package io.concord.eval.rouge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RougeDataTest {
    @TempDir
    Path dir;

    @Test
    void readsExceptionListsInNameOrderKeepingTheFirstBaseForm() throws IOException {
        Files.writeString(dir.resolve("a.exc"), "mice mouse\nfeet foot\n");
        Files.writeString(dir.resolve("b.exc"), "feet footing\noxen ox oxe\n");
        Files.writeString(dir.resolve(RougeData.STOPWORDS_FILE), "the\nof\n\n");
        RougeData data = RougeData.load(dir);
        assertEquals("mouse", data.exceptions().get("mice"));
        assertEquals("footing", data.exceptions().get("feet"), "a later file replaces an earlier entry");
        assertEquals("ox", data.exceptions().get("oxen"));
        assertEquals(2, data.stopwords().size());
        assertTrue(data.hasStopwords());
    }

    @Test
    void namesTheDirectoryWhenItHoldsNoLists() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RougeData.load(dir));
        assertTrue(e.getMessage().startsWith(dir.toString()), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> RougeData.load(dir.resolve("missing")));
        assertTrue(e.getMessage().contains("not a directory"), e.getMessage());
    }
}
