package io.concord.eval.extract;

/**
 * One extractor's figures over the evaluation pages.
 *
 * @param emptyOutputs      pages where it returned no text
 * @param errors            pages where it threw (counted as empty output)
 * @param pagesPerSecond    single thread, extraction only, after warm-up
 * @param pagesPerSecondParallel with {@code threads} threads
 */
public record SystemResult(String name, int pages, SnippetCounts counts, int emptyOutputs, int errors,
                           double pagesPerSecond, double pagesPerSecondParallel, int threads) {
    public double precision() {
        return counts.precision();
    }

    public double recall() {
        return counts.recall();
    }

    public double f1() {
        return counts.f1();
    }
}
