package io.concord.claim;

import io.concord.nlp.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Number phrases read from hand-made token lists (only the words matter to the reader). */
class NumberReaderTest {
    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int offset = 0;
        for (String w : text.split(" ")) {
            out.add(new Token(w, w.toLowerCase(), "CD", "O", offset, offset + w.length()));
            offset += w.length() + 1;
        }
        return out;
    }

    private static NumberPhrase read(String text) {
        return NumberReader.read(tokens(text), 0);
    }

    @Test
    void digitsWithSeparatorsAndScales() {
        assertEquals(1800, read("1,800 wounded").value());
        assertEquals(2.5e9, read("2.5 billion").value());
        assertEquals(3e6, read("3m").value());
        assertEquals(1, read("1,800 wounded").end());
        assertEquals(2, read("2.5 billion").end());
    }

    @Test
    void numberWords() {
        assertEquals(250, read("two hundred and fifty people").value());
        assertEquals(4, read("four weeks").value());
        assertEquals(12, read("a dozen people").value());
        assertEquals(24, read("two dozen people").value());
        assertEquals(1500, read("one thousand five hundred").value());
        assertEquals(41, read("forty - one").value());
    }

    @Test
    void vagueCountsReadAsTheFloorOfTheirRange() {
        NumberPhrase tens = read("tens of thousands of protesters");
        assertEquals(10000, tens.value());
        assertEquals("tens of thousands", tens.vague());
        assertEquals(3, tens.end());
        assertEquals(100, read("Hundreds were killed").value());
        assertEquals("hundreds", read("Hundreds were killed").vague());
        assertEquals(1e5, read("hundreds of thousands").value());
        assertNull(read("tens of people"));
    }

    @Test
    void moneyAndPercent() {
        NumberPhrase dollars = read("$ 2.5 billion in aid");
        assertEquals(2.5e9, dollars.value());
        assertEquals("dollars", dollars.currency());
        assertEquals(3, dollars.end());
        assertEquals("yuan", read("300 million yuan").currency());
        assertEquals("euros", read("€ 40 million").currency());
        assertTrue(read("40 percent").percent());
        assertTrue(read("40 %").percent());
        assertTrue(read("12 per cent").percent());
        assertFalse(read("40 people").percent());
    }

    @Test
    void wordsThatAreNotNumbers() {
        assertNull(read("people"));
        assertNull(read("a man"));
        assertNull(read("$ people"));
    }
}
