package io.concord.cli;

import io.concord.eval.timex.TimexBenchmark;
import io.concord.eval.timex.TimexBenchmarkResult;
import io.concord.eval.timex.TimexReport;
import io.concord.nlp.CoreNlpAnalyzer;
import io.concord.timex.TimexTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code concord bench timex}: TempEval-3 time-expression scores on gold TimeML (TBAQ). */
@Command(name = "timex", mixinStandardHelpOptions = true,
        description = "Score Concord's time expressions against gold TIMEX3 (TempEval-3 measures: strict and "
                + "relaxed span P/R/F1, value F1, type accuracy; the DCT is not scored).")
public final class BenchTimexCommand implements Callable<Integer> {
    static final String DEFAULT_DATA = "../shared/data/tempeval3/tbaq";

    @Option(names = "--data", description = "folder of gold .tml files (default: " + DEFAULT_DATA + " from the repository root)")
    Path data;

    @Option(names = "--json", defaultValue = "bench-results/timex.json", description = "JSON output (default: ${DEFAULT-VALUE})")
    Path json;

    @Option(names = "--limit", defaultValue = "0", description = "score only the first N documents (0: all)")
    int limit;

    @Option(names = "--compare-sutime", description = "also score SUTime's own values (a second analysis pass, twice the time)")
    boolean compareSutime;

    @Option(names = "--show-errors", defaultValue = "0", description = "print N value disagreements of the concord variant")
    int showErrors;

    @Override
    public Integer call() {
        Path dir = data != null ? data : defaultData();
        if (dir == null || !Files.isDirectory(dir)) {
            System.err.println("concord bench timex: " + (dir == null ? DEFAULT_DATA : dir) + ": no such folder; give --data");
            return 2;
        }
        TimexBenchmark bench = new TimexBenchmark(new TimexTagger(new CoreNlpAnalyzer()),
                compareSutime ? new TimexTagger(new CoreNlpAnalyzer(CoreNlpAnalyzer.defaultProperties(), false)) : null);
        TimexBenchmarkResult result = bench.run(dir, limit);
        TimexReport report = new TimexReport();
        System.out.print(report.table(result));
        report.writeJson(result, json);
        System.out.println("JSON: " + json);
        result.differences().stream().limit(showErrors).forEach(d -> System.out.printf("%s\t%s|%s|%s\t%s|%s|%s%n",
                d.document(), d.goldText(), d.goldType(), d.goldValue(), d.systemText(), d.systemType(), d.systemValue()));
        return 0;
    }

    /** ../shared/data/... from the working folder, else from the repository the classes were loaded from. */
    static Path defaultData() {
        Path fromCwd = Path.of(DEFAULT_DATA);
        if (Files.isDirectory(fromCwd)) {
            return fromCwd;
        }
        try {
            Path p = Path.of(BenchTimexCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (; p != null; p = p.getParent()) {
                if (Files.exists(p.resolve("concord")) && Files.exists(p.resolve("pom.xml"))) {
                    Path d = p.resolve(DEFAULT_DATA).normalize();
                    return Files.isDirectory(d) ? d : null;
                }
            }
        } catch (URISyntaxException | SecurityException e) {
            return null;
        }
        return null;
    }
}
