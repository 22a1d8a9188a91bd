package io.concord.nlp;

import io.concord.article.Article;
import io.concord.article.DateSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The analyser's time expressions on a fictional report dated Saturday 2012-02-18. */
class CoreNlpTimeExpressionTest {
    private static final String TEXT = String.join("\n\n",
            "Harbour officials met the fishing unions on Thursday.",
            "Saturday's meeting ended without a deal.",
            "Deputy minister Kim Jun arrived in the port city to mediate.",
            "The inspector is to arrive on Wednesday and leave on Friday.",
            "The envoy is to reach the port on Sunday representing the ministry.",
            "Dock workers gathered on Wednesday night outside the gates.",
            "The march on the harbour continued for hours.",
            "The mayor said the council would vote on the plan on Tuesday.",
            "She said the strike would have ended on Monday without the storm.");
    private static List<TimeExpression> times;

    @BeforeAll
    static void analyse() {
        CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer();
        Article a = new Article("t1", null, TEXT, null, null, null, null, LocalDate.parse("2012-02-18"), DateSource.METADATA);
        times = analyzer.analyze(a).sentences().stream().flatMap(s -> s.times().stream()).toList();
    }

    private static Optional<TimeExpression> find(String text) {
        return times.stream().filter(t -> t.text().equals(text)).findFirst();
    }

    private static String valueAfter(String context, String expression) {
        int at = TEXT.indexOf(context);
        return times.stream().filter(t -> t.begin() >= at && t.text().contains(expression)).findFirst()
                .map(TimeExpression::value).orElse("none");
    }

    @Test
    void weekdaysInPastClausesResolveToTheWeekBeforePublication() {
        assertEquals("2012-02-16", find("Thursday").map(TimeExpression::value).orElse("none"));
        assertEquals("2012-02-18", valueAfter("Saturday's meeting", "Saturday"));
    }

    @Test
    void weekdaysInFutureClausesResolveForward() {
        assertEquals("2012-02-22", valueAfter("is to arrive", "Wednesday"));
        assertEquals("2012-02-24", valueAfter("leave on", "Friday"));
        assertEquals("2012-02-19", valueAfter("reach the port", "Sunday"));
        assertEquals("2012-02-21", valueAfter("would vote", "Tuesday"), "reported future: \"would vote on Tuesday\"");
        assertEquals("2012-02-13", valueAfter("would have ended", "Monday"), "past conditional stays in the past");
    }

    @Test
    void personNameWithMonthAbbreviationIsNotATimeExpression() {
        assertTrue(times.stream().noneMatch(t -> t.text().contains("Jun")), times.toString());
    }

    @Test
    void partsOfOneTimexAreOneExpression() {
        TimeExpression night = times.stream().filter(t -> t.text().startsWith("Wednesday night")).findFirst()
                .orElseThrow(() -> new AssertionError(times.toString()));
        assertTrue(night.value().startsWith("2012-02-15"), night.toString());
        assertTrue(times.stream().noneMatch(t -> t.text().equals("night")), times.toString());
    }

    @Test
    void lowerCaseMarchIsNotAMonth() {
        assertTrue(times.stream().noneMatch(t -> t.text().toLowerCase().contains("march")), times.toString());
    }
}
