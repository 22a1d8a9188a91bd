package io.concord.cli;

import io.concord.eval.summarize.SummarizerTraining;
import io.concord.summary.SentenceModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code concord train summarizer}: fits the summarizer's sentence scorer on clusters with references. */
@Command(name = "summarizer", mixinStandardHelpOptions = true,
        description = "Train the summarizer's sentence scorer (boosted trees) on JSON Lines clusters with a summary.")
public final class TrainSummarizerCommand implements Callable<Integer> {
    @Option(names = "--data", defaultValue = "../shared/data/multinews/train.jsonl.gz",
            description = "training clusters (default ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--out", defaultValue = "concord-core/src/main/resources/io/concord/summary/sentence-model.bin.gz",
            description = "model file to write (default ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--limit", defaultValue = "8000", description = "clusters to use, 0 = all (default ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--trees", defaultValue = "300", description = "boosted trees (default ${DEFAULT-VALUE})")
    int trees;

    @Option(names = "--threads", defaultValue = "2", description = "threads for preparing data (default ${DEFAULT-VALUE})")
    int threads;

    @Override
    public Integer call() throws Exception {
        try {
            SentenceModel.Params d = SentenceModel.Params.defaults();
            SentenceModel.Params p = new SentenceModel.Params(trees, d.maxDepth(), d.maxNodes(), d.nodeSize(),
                    d.shrinkage(), d.subsample());
            SummarizerTraining.Report r = SummarizerTraining.run(data, out, limit, threads, p, System.err);
            System.out.printf("trained on %d sentences of %d clusters in %.1f s -> %s%n", r.sentences(), r.clusters(),
                    r.seconds(), out);
            for (Map.Entry<String, Double> e : r.importance().entrySet()) {
                System.out.printf("  %-18s %10.3f%n", e.getKey(), e.getValue());
            }
            return 0;
        } catch (java.io.IOException | IllegalArgumentException e) {
            System.err.println("concord train summarizer: " + e.getMessage());
            return 2;
        }
    }
}
