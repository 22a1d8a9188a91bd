package io.concord.cli;

import io.concord.eval.summarize.BatchSummarize;
import io.concord.summary.BudgetMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code concord summarize}: batch multi-document summarization of a JSON Lines file. */
@Command(name = "summarize", mixinStandardHelpOptions = true,
        description = "Summarize clusters from JSON Lines ({\"id\", \"documents\": [...]}) into {\"id\", \"summary\"} lines.")
public final class SummarizeCommand implements Callable<Integer> {
    @Option(names = "--in", required = true, description = "input .jsonl or .jsonl.gz")
    Path in;

    @Option(names = "--out", required = true, description = "output .jsonl")
    Path out;

    @Option(names = "--words", defaultValue = "250", description = "word budget (default ${DEFAULT-VALUE})")
    int words;

    @Option(names = "--method", defaultValue = "concord",
            description = "concord, lead, lexrank, textrank or centroid; concord-mmr, concord-submodular or"
                    + " concord-concepts pick Concord's sentence selection (default ${DEFAULT-VALUE})")
    String method;

    @Option(names = "--focus", description = "question or keywords to steer the summaries towards")
    String focus;

    @Option(names = "--fill", description = "add sentences until the budget is reached, so the last one may run over"
            + " (for scoring with a word cut-off); default: whole sentences within the budget")
    boolean fill;

    @Option(names = "--model", description = "sentence model file for the concord method, or 'none' for the"
            + " hand-weighted scorer (default: the bundled model)")
    String model;

    @Option(names = "--threads", defaultValue = "2", description = "worker threads (default ${DEFAULT-VALUE})")
    int threads;

    @Override
    public Integer call() throws Exception {
        try {
            long t0 = System.nanoTime();
            int n = BatchSummarize.run(in, out, words, method, focus, threads,
                    fill ? BudgetMode.FILL : BudgetMode.WHOLE_SENTENCES, model);
            double s = (System.nanoTime() - t0) / 1e9;
            System.err.printf("summarized %d clusters in %.1f s (%.1f clusters/s) -> %s%n", n, s, n / Math.max(s, 1e-9), out);
            return 0;
        } catch (IllegalArgumentException | java.io.IOException e) {
            System.err.println("concord summarize: " + e.getMessage());
            return 2;
        }
    }
}
