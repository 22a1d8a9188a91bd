package io.concord.nlp;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateFalsePositivesTest {

    /** Tokens for "word/POS/NER" items separated by single spaces; offsets follow the words. */
    private static List<Token> tokens(String tagged) {
        List<Token> out = new ArrayList<>();
        int pos = 0;
        for (String item : tagged.split(" ")) {
            String[] p = item.split("/");
            out.add(new Token(p[0], p[0].toLowerCase(), p[1], p[2], pos, pos + p[0].length()));
            pos += p[0].length() + 1;
        }
        return out;
    }

    @Test
    void nameWithAMonthAbbreviationIsNotADate() {
        List<Token> t = tokens("Envoy/NNP/O Lin/NNP/DATE Jun/NNP/DATE arrived/VBD/O");
        assertTrue(DateFalsePositives.isFalsePositive(new TimeExpression("Lin Jun", "DATE", "2012-06", 6, 13), t));
    }

    @Test
    void monthNextToAPersonIsPartOfTheName() {
        List<Token> t = tokens("Minister/NNP/O Hester/NNP/PERSON May/NNP/DATE spoke/VBD/O");
        assertTrue(DateFalsePositives.isFalsePositive(new TimeExpression("May", "DATE", "2012-05", 16, 19), t));
    }

    @Test
    void ordinaryMonthsStayDates() {
        List<Token> t = tokens("They/PRP/O met/VBD/O in/IN/O early/JJ/DATE May/NNP/DATE");
        assertFalse(DateFalsePositives.isFalsePositive(new TimeExpression("early May", "DATE", "2012-05", 12, 21), t));
        List<Token> d = tokens("Lin/NNP/PERSON arrived/VBD/O on/IN/O May/NNP/DATE 3/CD/DATE");
        assertFalse(DateFalsePositives.isFalsePositive(new TimeExpression("May 3", "DATE", "2012-05-03", 15, 20), d));
    }

    @Test
    void lowerCaseMarchIsAWalkNotAMonth() {
        List<Token> t = tokens("the/DT/O march/NN/DATE began/VBD/O");
        assertTrue(DateFalsePositives.isFalsePositive(new TimeExpression("march", "DATE", "2012-03", 4, 9), t));
    }
}
