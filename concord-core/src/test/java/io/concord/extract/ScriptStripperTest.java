package io.concord.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScriptStripperTest {
    @Test
    void dropsScriptStyleAndCommentBodiesButKeepsJsonLd() {
        String html = "<p>a</p><SCRIPT type=text/javascript>if (x < 3) { y = '<p>no</p>'; }</script>"
                + "<style>p { color: red }</style><!-- hidden <p>no</p> -->"
                + "<script type=\"application/ld+json\">{\"headline\":\"h\"}</script><p>b</p>";
        assertEquals("<p>a</p><SCRIPT type=text/javascript></script><style></style>"
                + "<script type=\"application/ld+json\">{\"headline\":\"h\"}</script><p>b</p>", ScriptStripper.strip(html));
    }

    @Test
    void leavesUnterminatedScriptsToTheParser() {
        String html = "<p>a</p><script>never closed";
        assertEquals(html, ScriptStripper.strip(html));
    }
}
