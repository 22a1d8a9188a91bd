package io.concord.eval.timex;

import io.concord.timex.TimeMlDocument;
import io.concord.timex.TimeMlReader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A hand-made gold/system pair of TimeML documents with known TempEval-3 counts. */
class TimexScorerTest {
    private static final String GOLD = """
            <TimeML><DOCID>G</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2003-05-09" functionInDocument="CREATION_TIME">2003-05-09</TIMEX3></DCT>
            <TEXT>The ferry sailed <TIMEX3 tid="t1" type="DATE" value="2003-05-08">Thursday</TIMEX3> after
            <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3> of storms; it returns
            <TIMEX3 tid="t3" type="DATE" value="2003-05-12">next Monday morning</TIMEX3> and sails
            <TIMEX3 tid="t4" type="SET" value="P1W">weekly</TIMEX3>.</TEXT></TimeML>
            """;
    // Thursday: exact, right value. three days: exact, wrong value. next Monday morning: overlap only
    // ("Monday morning"), right value, wrong type. weekly: missed. "storms" is spurious.
    private static final String SYSTEM = """
            <TimeML><DOCID>S</DOCID>
            <TEXT>The ferry sailed <TIMEX3 tid="t1" type="DATE" value="2003-05-08">Thursday</TIMEX3> after
            <TIMEX3 tid="t2" type="DURATION" value="P2D">three days</TIMEX3> of <TIMEX3 tid="t3" type="DATE" value="XXXX">storms</TIMEX3>; it returns
            next <TIMEX3 tid="t4" type="TIME" value="2003-05-12">Monday morning</TIMEX3> and sails
            weekly.</TEXT></TimeML>
            """;

    @Test
    void countsFollowTempEval3() {
        TimeMlReader reader = new TimeMlReader();
        TimeMlDocument gold = reader.read(GOLD, "g", "gold");
        TimeMlDocument system = reader.read(SYSTEM, "s", "system");
        assertEquals(gold.text(), system.text());
        TimexCounts c = new TimexScorer().score(gold.timexes(), system.timexes());
        assertEquals(new TimexCounts(4, 4, 2, 3, 2, 2), c);
        assertEquals(0.5, c.strictPrecision(), 1e-9);
        assertEquals(0.5, c.strictRecall(), 1e-9);
        assertEquals(0.75, c.relaxedF1(), 1e-9);
        assertEquals(0.5, c.valueF1(), 1e-9);
        assertEquals(2.0 / 3, c.valueAccuracy(), 1e-9);
        assertEquals(2.0 / 3, c.typeAccuracy(), 1e-9);
    }

    @Test
    void matchingIsOneToOne() {
        TimeMlReader reader = new TimeMlReader();
        TimeMlDocument gold = reader.read(
                "<TimeML><TEXT><TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2003-05\">May 2003</TIMEX3></TEXT></TimeML>", "g", "g");
        TimeMlDocument system = reader.read(
                "<TimeML><TEXT><TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2003-05\">May</TIMEX3> "
                        + "<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2003\">2003</TIMEX3></TEXT></TimeML>", "s", "s");
        List<TimexPair> pairs = new TimexScorer().match(gold.timexes(), system.timexes());
        assertEquals(2, pairs.size());
        // the gold annotation pairs with the system one it overlaps most ("2003"); "May" is left spurious
        assertEquals("2003", pairs.stream().filter(TimexPair::matched).findFirst().orElseThrow().system().text());
        assertEquals(new TimexCounts(1, 2, 0, 1, 0, 1), new TimexScorer().score(gold.timexes(), system.timexes()));
    }

    @Test
    void sumsOverDocuments() {
        TimexCounts a = new TimexCounts(4, 4, 2, 3, 2, 2);
        TimexCounts b = new TimexCounts(1, 2, 0, 1, 1, 1);
        assertEquals(new TimexCounts(5, 6, 2, 4, 3, 3), a.plus(b));
        assertEquals(0, TimexCounts.ZERO.valueF1());
    }
}
