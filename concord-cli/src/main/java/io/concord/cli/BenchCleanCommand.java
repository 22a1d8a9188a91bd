package io.concord.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.concord.eval.clean.CleanerBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code concord bench clean}: the furniture cleaner's effect on main-text snippets (trafilatura evaluation pages). */
@Command(name = "clean", mixinStandardHelpOptions = true,
        description = "Score extracted main text before and after furniture cleaning on trafilatura's evaluation "
                + "pages (with/without snippets); prints a table and writes JSON.")
public final class BenchCleanCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "FILE", description = "evaldata.jsonl.gz (default: ${DEFAULT-VALUE})",
            defaultValue = "../shared/data/trafilatura-eval/evaldata.jsonl.gz")
    Path data;

    @Option(names = "--limit", description = "score only the first N pages (default: all)", defaultValue = "0")
    int limit;

    @Option(names = "--json", paramLabel = "FILE", description = "JSON results (default: ${DEFAULT-VALUE})",
            defaultValue = "bench-results/clean.json")
    Path json;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(data)) {
            System.err.println("concord bench clean: no evaluation data at " + data + " (use --data FILE)");
            return 2;
        }
        CleanerBench.Result r = new CleanerBench().run(data, limit);
        System.out.printf("%d pages, %.1f s%n", r.pages(), r.seconds());
        System.out.printf("%-20s %6s %6s %6s %7s %7s %7s%n", "text", "TP", "FN", "FP", "P", "R", "F1");
        row("extractor", r.extracted());
        row("extractor+cleaner", r.cleaned());
        System.out.println("with-snippets removed by the cleaner, by rule: " + r.lostSnippetsByRule());
        Path parent = json.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), r);
        System.out.println("wrote " + json);
        return 0;
    }

    private static void row(String name, CleanerBench.Counts c) {
        System.out.printf("%-20s %6d %6d %6d %7.3f %7.3f %7.3f%n", name, c.truePositives(), c.falseNegatives(),
                c.falsePositives(), c.precision(), c.recall(), c.f1());
    }
}
