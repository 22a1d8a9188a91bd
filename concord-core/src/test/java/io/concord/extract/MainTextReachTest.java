package io.concord.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Main text that lies outside the best-scoring container, on pages written for these tests (fictional Brelmark). */
class MainTextReachTest {
    private final HtmlExtractor extractor = new HtmlExtractor();

    private static final String STANDFIRST = "After three dry summers in a row, the orchard growers of Brelmark are "
            + "turning to old rainwater cisterns that had been forgotten for decades";
    private static final String[] BODY = {
        "The first cistern was found under the floor of a barn on the eastern slope, half full of silt and "
                + "leaves, when a farmer, looking for a lost key, lifted a rotten plank.",
        "Since then, the growers' association has mapped eleven more of them, some as deep as six metres, "
                + "and most of them can still hold water after a little repair work.",
        "Repairs are cheap, the association says, because the walls were built from local stone, and a "
                + "mason from the valley has offered to train volunteers over the winter.",
        "If all of the cisterns are restored, they could store enough rain from the spring storms to water "
                + "the orchards through the driest weeks of July and August.",
    };

    private static String paragraphs() {
        StringBuilder b = new StringBuilder();
        for (String p : BODY) {
            b.append("<p>").append(p).append("</p>\n");
        }
        return b.toString();
    }

    private static String page(String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Cisterns</title></head><body>"
                + "<div class=\"site-top\"><a href=\"/\">Brelmark Weekly</a> <a href=\"/farming\">Farming</a></div>"
                + body
                + "<footer><p>Brelmark Weekly, published every Thursday since 1951.</p></footer></body></html>";
    }

    @Test
    void keepsASubtitleSetAsALongHeadingBeforeTheText() {
        String text = extractor.extract(page("<div class=\"story\"><h1>Old cisterns, new hope</h1><h2>"
                + STANDFIRST + "</h2><div class=\"story-body\">" + paragraphs() + "</div></div>"), null).text();
        assertTrue(text.startsWith(STANDFIRST), text);
        assertTrue(text.contains(BODY[3]), text);
        assertFalse(text.contains("Old cisterns, new hope"), text);
    }

    @Test
    void keepsAStandfirstInTheArticleHeaderButNotItsShortLines() {
        String text = extractor.extract(page("<div class=\"story\"><h1>Old cisterns, new hope</h1>"
                + "<header class=\"story-head\"><p class=\"kicker\">Farming</p><p class=\"excerpt\">" + STANDFIRST
                + "</p></header><div class=\"story-body\">" + paragraphs() + "</div></div>"), null).text();
        assertTrue(text.startsWith(STANDFIRST), text);
        assertFalse(text.contains("Farming"), text);
    }

    @Test
    void aShortHeadingBeforeTheTextIsNoStandfirst() {
        String text = extractor.extract(page("<div class=\"story\"><h1>Old cisterns</h1><h2>Farming news</h2>"
                + "<div class=\"story-body\">" + paragraphs() + "</div></div>"), null).text();
        assertFalse(text.contains("Farming news"), text);
        assertTrue(text.contains(BODY[0]), text);
    }

    @Test
    void findsTextSplitOverSeveralTopLevelSections() {
        // a landing-page layout: each part of the article sits in its own full-width band under <body>
        String more = "In the neighbouring valley, where the same kind of cisterns were restored ten years ago, "
                + "growers report that their trees came through the last drought with hardly any losses.";
        String text = extractor.extract(page("<section class=\"band\"><div class=\"wrap\"><h1>Cisterns</h1><p>"
                + more + "</p></div></section><div class=\"band\"><div class=\"wrap\"><div class=\"col\">"
                + paragraphs() + "</div></div></div>"), null).text();
        assertTrue(text.contains(more), text);
        assertTrue(text.contains(BODY[2]), text);
        assertFalse(text.contains("published every Thursday"), text);
    }

    @Test
    void aDialogIsFurnitureThoughItHoldsLongProse() {
        StringBuilder policy = new StringBuilder();
        for (int i = 0; i < 2; i++) {
            policy.append("<p>Policy clause ").append(i).append(": we store, for a limited time, the address, ")
                    .append("browser, and pages you visited, and we never sell them, share them, or keep them ")
                    .append("longer than the law, the courts, or our auditors require, and we delete them ")
                    .append("when you ask us to.</p>");
        }
        String text = extractor.extract(page("<article>" + paragraphs() + "</article>"
                + "<div class=\"privacy-dialog\" hidden-on-load><div class=\"dialog-inner\">" + policy
                + "</div></div>"), null).text();
        assertTrue(text.contains(BODY[1]), text);
        assertFalse(text.contains("Policy clause"), text);
    }
    @Test
    void takesAllProseWhenTheContainerIsOneSmallBoxAmongMany() {
        // every paragraph sits in its own card: the best container is one card, a fraction of the text
        String first = "Brelmark's orchard map, drawn by hand in 1911, shows cisterns, wells, ponds, ditches, sluices, "
                + "and even, in one corner, a windmill, a granary, and a smithy, all of them gone, except, as it "
                + "turns out, for the cisterns, which nobody thought to fill in.";
        String[] rest = {
            "The map was kept in the parish archive and only came to light when the archive moved to new shelves.",
            "A retired surveyor compared it with modern aerial photographs over a long winter of evenings.",
            "He found that nine out of twelve marked cisterns lay exactly where the old map put them.",
            "The three that he could not find may lie under the new road that was built in the sixties.",
            "The association now plans to publish the map with notes on every cistern that was found.",
            "Copies will be given to each farm, so that owners know what lies under their own barns.",
        };
        StringBuilder b = new StringBuilder("<div class=\"row\"><div class=\"col\"><div class=\"card\"><p>")
                .append(first).append("</p></div></div></div>");
        for (String r : rest) {
            b.append("<div class=\"row\"><div class=\"col\"><div class=\"card\"><p>").append(r)
                    .append("</p></div></div></div>");
        }
        b.append("<ul class=\"more\"><li><a href=\"/a\">Older stories from the valley</a></li>"
                + "<li><a href=\"/b\">Photo galleries of the orchards</a></li></ul>");
        String text = extractor.extract(page(b.toString()), null).text();
        assertTrue(text.contains(first), text);
        for (String r : rest) {
            assertTrue(text.contains(r), r + " missing from: " + text);
        }
        assertFalse(text.contains("Photo galleries"), text);
    }
}
