package io.concord.eval.rouge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PorterStemmerTest {
    /** Examples from Porter (1980), steps 1 to 5, which the ROUGE variant stems the same way. */
    @ParameterizedTest
    @CsvSource({
            "caresses, caress", "ponies, poni", "caress, caress", "cats, cat",
            "feed, feed", "agreed, agre", "plastered, plaster", "bled, bled", "motoring, motor", "sing, sing",
            "conflated, conflat", "troubled, troubl", "sized, size", "hopping, hop", "tanned, tan",
            "falling, fall", "hissing, hiss", "fizzed, fizz", "failing, fail", "filing, file",
            "happy, happi", "relational, relat", "conditional, condit", "rational, ration", "valenci, valenc",
            "digitizer, digit", "vietnamization, vietnam", "predication, predic", "operator, oper",
            "feudalism, feudal", "decisiveness, decis", "hopefulness, hope", "callousness, callous",
            "formaliti, formal", "sensitiviti, sensit", "sensibiliti, sensibl", "triplicate, triplic",
            "formative, form", "formalize, formal", "electriciti, electr", "electrical, electr",
            "revival, reviv", "allowance, allow", "inference, infer", "airliner, airlin", "adjustable, adjust",
            "defensible, defens", "irritant, irrit", "replacement, replac", "adoption, adopt", "homologou, homolog",
            "communism, commun", "activate, activ", "angulariti, angular", "homologous, homolog",
            "effective, effect", "bowdlerize, bowdler", "probate, probat", "rate, rate", "cease, ceas",
            "controll, control", "roll, roll",
    })
    void stemsPorterExamples(String word, String stem) {
        assertEquals(stem, PorterStemmer.stem(word));
    }

    /** Where ROUGE-1.5.5's variant differs from the textbook algorithm. */
    @ParameterizedTest
    @CsvSource({
            // step 4 tries -ement, then -ment, then -ent, each on the previous result
            "agreement, agreem",
            "dependent, depend",
            // a leading y is a consonant and comes back lower case
            "yelling, yell", "youth, youth",
            // short words are left alone
            "as, as",
    })
    void keepsTheRougeVariantsQuirks(String word, String stem) {
        assertEquals(stem, PorterStemmer.stem(word));
    }
}
