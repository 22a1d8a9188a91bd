package io.concord.quote;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteSpansTest {

    private static List<String> texts(String text) {
        return QuoteSpans.find(text).stream().map(s -> text.substring(s.begin(), s.end())).toList();
    }

    @Test
    void pairsStraightAndCurlyMarks() {
        assertEquals(List.of("We will rebuild the bridge,", "It is safe now."),
                texts("\"We will rebuild the bridge,\" she said. “It is safe now.”"));
    }

    @Test
    void keepsNestedQuotesInsideTheOuterOne() {
        String text = "\"The sign read “Closed for repairs” all week,\" he said.";
        assertEquals(List.of("The sign read “Closed for repairs” all week,"), texts(text));
    }

    @Test
    void aStraightOpeningMarkMayCloseWithACurlyOne() {
        assertEquals(List.of("The ferry is late again,", "It always is."),
                texts("\"The ferry is late again,” said a commuter. “It always is.”"));
    }

    @Test
    void continuesAQuoteIntoTheNextParagraph() {
        String text = "\"We waited for hours at the gate.\n\n\"Then the buses finally came,\" she said.";
        List<QuoteSpan> spans = QuoteSpans.find(text);
        assertEquals(2, spans.size());
        assertFalse(spans.get(0).closed());
        assertFalse(spans.get(0).continues());
        assertTrue(spans.get(1).closed());
        assertTrue(spans.get(1).continues());
        assertEquals("We waited for hours at the gate.", text.substring(spans.get(0).begin(), spans.get(0).end()));
    }

    @Test
    void aParagraphOpeningWithAClosingMarkOpensAQuote() {
        assertEquals(List.of("Nobody listened to us."), texts("”Nobody listened to us.” ― A reader"));
    }

    @Test
    void ignoresEmptyAndWordlessQuotes() {
        assertTrue(texts("He wrote \"\" and then \"...\" in the margin.").isEmpty());
    }
}
