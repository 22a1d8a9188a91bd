package io.concord.cli;

import io.concord.embed.MiniLmEmbedder;
import io.concord.eval.summarize.SummarizerTraining;
import io.concord.summary.EmbeddingReranker;
import io.concord.summary.SentenceModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code concord train summarizer}: fits the summarizer's sentence scorer on clusters with references
 * ({@code --stage 1}), or its second stage over sentence embeddings ({@code --stage 2}).
 */
@Command(name = "summarizer", mixinStandardHelpOptions = true,
        description = "Train the summarizer's sentence scorer (boosted trees) on JSON Lines clusters with a summary:"
                + " stage 1 over surface features, stage 2 re-scoring stage 1's best candidates with sentence embeddings.")
public final class TrainSummarizerCommand implements Callable<Integer> {
    private static final String RESOURCES = "concord-core/src/main/resources";

    @Option(names = "--data", defaultValue = "../shared/data/multinews/train.jsonl.gz",
            description = "training clusters (default ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--stage", defaultValue = "1", description = "1 = first-stage scorer, 2 = embedding re-scorer (default ${DEFAULT-VALUE})")
    int stage;

    @Option(names = "--out", description = "model file to write (default: the bundled model of the stage, under "
            + RESOURCES + ")")
    Path out;

    @Option(names = "--limit", description = "clusters to use, 0 = all (default 8000 for stage 1, 3000 for stage 2)")
    Integer limit;

    @Option(names = "--skip", defaultValue = "8000",
            description = "stage 2: clusters skipped first, those stage 1 was trained on (default ${DEFAULT-VALUE})")
    int skip;

    @Option(names = "--stage1", description = "stage 2: first-stage model file (default: the bundled one)")
    Path stage1;

    @Option(names = "--candidates", defaultValue = "40",
            description = "stage 2: best stage-1 sentences per cluster that become training rows (default ${DEFAULT-VALUE};"
                    + " the summarizer re-scores " + EmbeddingReranker.DEFAULT_CANDIDATES + ")")
    int candidates;

    @Option(names = "--oracle-weight", defaultValue = "" + SummarizerTraining.ORACLE_WEIGHT,
            description = "stage 2: weight of membership in the greedy oracle summary in the target (default ${DEFAULT-VALUE})")
    double oracleWeight;

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
            SummarizerTraining.Report r;
            Path target;
            if (stage == 1) {
                target = out != null ? out : Path.of(RESOURCES + SentenceModel.RESOURCE);
                r = SummarizerTraining.run(data, target, limit != null ? limit : 8000, threads, p, System.err);
            } else if (stage == 2) {
                target = out != null ? out : Path.of(RESOURCES + EmbeddingReranker.RESOURCE);
                SentenceModel first = stage1 != null ? SentenceModel.load(stage1)
                        : SentenceModel.loadBundled().orElseThrow(() -> new IllegalArgumentException(
                                "no bundled first-stage model: train stage 1 or give --stage1"));
                r = SummarizerTraining.runSecondStage(data, target, skip, limit != null ? limit : 3000, threads, p,
                        first, MiniLmEmbedder.load(), candidates, oracleWeight, System.err);
            } else {
                throw new IllegalArgumentException("--stage must be 1 or 2, got " + stage);
            }
            System.out.printf("trained on %d sentences of %d clusters in %.1f s -> %s%n", r.sentences(), r.clusters(),
                    r.seconds(), target);
            for (Map.Entry<String, Double> e : r.importance().entrySet()) {
                System.out.printf("  %-20s %10.3f%n", e.getKey(), e.getValue());
            }
            return 0;
        } catch (java.io.IOException | IllegalArgumentException e) {
            System.err.println("concord train summarizer: " + e.getMessage());
            return 2;
        }
    }
}
