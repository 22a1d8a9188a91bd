package io.concord.eval.extract;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ReadabilityPeerTest {
    private static final Path DIR = Path.of("../tools/peers/readability");

    @Test
    void extractsAnArticleThroughNode() {
        assumeTrue(Files.isDirectory(DIR.resolve("node_modules")), "npm install not run in tools/peers/readability");
        String html = "<html><body><nav><a href=/>Home</a></nav><article>"
                + "<p>The lighthouse on the northern cape was repainted this week, for the first time in a decade.</p>"
                + "<p>Volunteers from the village spent four days on scaffolding, working between the autumn storms.</p>"
                + "<p>The council paid for the paint, while a local bakery kept the volunteers supplied with bread.</p>"
                + "</article></body></html>";
        try (ReadabilityPeer peer = new ReadabilityPeer(DIR)) {
            String text = peer.extract(html, "https://example.org/lighthouse");
            assertTrue(text.contains("repainted this week"), text);
            assertFalse(text.contains("Home"), text);
        }
    }

    @Test
    void aMissingInstallIsReported() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ReadabilityPeer(Path.of("target/no-such-peer")));
        assertTrue(e.getMessage().contains("run.js"), e.getMessage());
    }
}
