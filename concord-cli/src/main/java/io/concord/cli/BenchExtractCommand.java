package io.concord.cli;

import io.concord.eval.extract.ExtractBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code concord bench extract}: main-text extraction on the trafilatura evaluation pages. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Main-text extraction benchmark (snippet precision/recall/F1 as trafilatura's evaluate.py, pages/s).")
public final class BenchExtractCommand implements Callable<Integer> {
    @Option(names = "--data", description = "evaldata.jsonl.gz or its folder (default: ${DEFAULT-VALUE})",
            defaultValue = "../shared/data/trafilatura-eval")
    Path data;

    @Option(names = "--json", description = "write results as JSON here (default: ${DEFAULT-VALUE})",
            defaultValue = "bench-results/extract.json")
    Path json;

    @Option(names = "--limit", description = "only the first N pages (0: all)", defaultValue = "0")
    int limit;

    @Option(names = "--peer", description = "peer extractor scored in the same run: boilerpipe, readability (repeatable)")
    List<String> peers = new ArrayList<>();

    @Option(names = "--threads", description = "threads for the parallel timing run (default: ${DEFAULT-VALUE})",
            defaultValue = "2")
    int threads;

    @Option(names = "--details", description = "write per-page missed/leaked snippets of Concord's extractor (JSON Lines)")
    Path details;

    @Override
    public Integer call() {
        try {
            ExtractBench.run(new ExtractBench.Options(data, json, limit, peers, threads, details), System.out);
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("concord bench extract: " + e.getMessage());
            return 2;
        }
    }
}
