package io.concord.cli;

import io.concord.eval.entity.EntityMergeBenchmark;
import io.concord.nlp.CoreNlpAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code concord bench entities}: cross-document entity merging on MEANTIME (B³, MUC, pairwise F1). */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Cross-document entity merging on MEANTIME: B3, MUC and pairwise F1 of EntityMerger "
                + "against string-match baselines; prints a table and writes JSON.")
public final class BenchEntitiesCommand implements Callable<Integer> {
    @Option(names = "--data", description = "MEANTIME folder (default: shared/data/meantime found above the "
            + "working directory, e.g. ../shared/data/meantime)")
    Path data;

    @Option(names = "--json", description = "JSON output (default: ${DEFAULT-VALUE})",
            defaultValue = "bench-results/entities-meantime.json")
    Path json;

    @Option(names = "--max-docs", description = "at most this many documents per corpus (0 = all; default: "
            + "${DEFAULT-VALUE})", defaultValue = "0")
    int maxDocs;

    @Override
    public Integer call() throws Exception {
        Path dir = data != null ? data : find("shared/data/meantime");
        if (dir == null || !Files.isDirectory(dir)) {
            System.err.println("concord bench entities: MEANTIME folder not found: "
                    + (dir == null ? "no shared/data/meantime above " + Path.of("").toAbsolutePath() : dir)
                    + " (give it with --data)");
            return 2;
        }
        EntityMergeBenchmark.Result r = EntityMergeBenchmark.run(dir, new CoreNlpAnalyzer(), maxDocs);
        EntityMergeBenchmark.printTable(r, System.out);
        EntityMergeBenchmark.writeJson(r, json);
        System.out.println("JSON: " + json.toAbsolutePath());
        return 0;
    }

    private static Path find(String relative) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve(relative))) {
                return p.resolve(relative);
            }
        }
        return null;
    }
}
