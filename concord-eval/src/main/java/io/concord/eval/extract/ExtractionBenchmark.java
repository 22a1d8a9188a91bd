package io.concord.eval.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Runs main-text extractors over evaluation pages: times extraction alone (after a warm-up pass, single thread
 * and then with a pool of {@code threads}) and scores the single-thread outputs with {@link SnippetScorer}.
 */
public final class ExtractionBenchmark {
    private final int threads;
    private final int warmupPages;

    public ExtractionBenchmark(int threads, int warmupPages) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
        this.warmupPages = Math.max(0, warmupPages);
    }

    /** Outputs of one system, page by page (null where it threw). */
    public record Run(SystemResult result, List<String> outputs) {
    }

    public Run run(NamedExtractor system, List<ExtractionCase> cases) {
        int n = cases.size();
        for (int i = 0; i < Math.min(warmupPages, n); i++) {
            safe(system, cases.get(i), new AtomicInteger());
        }
        AtomicInteger errors = new AtomicInteger();
        List<String> outputs = new ArrayList<>(n);
        long t0 = System.nanoTime();
        for (ExtractionCase c : cases) {
            outputs.add(safe(system, c, errors));
        }
        double single = n / ((System.nanoTime() - t0) / 1e9);
        double parallel = single;
        if (threads > 1 && n > 0) {
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                long t1 = System.nanoTime();
                pool.submit(() -> IntStream.range(0, n).parallel()
                        .forEach(i -> safe(system, cases.get(i), new AtomicInteger()))).get();
                parallel = n / ((System.nanoTime() - t1) / 1e9);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(system.name() + " failed in the parallel run", e.getCause());
            } finally {
                pool.shutdown();
            }
        }
        SnippetCounts counts = SnippetCounts.ZERO;
        int empty = 0;
        for (int i = 0; i < n; i++) {
            String out = outputs.get(i);
            if (out == null || out.isBlank()) {
                empty++;
            }
            ExtractionCase c = cases.get(i);
            counts = counts.plus(SnippetScorer.score(out == null ? "" : out, c.with(), c.without()));
        }
        return new Run(new SystemResult(system.name(), n, counts, empty, errors.get(), single, parallel, threads),
                outputs);
    }

    private static String safe(NamedExtractor system, ExtractionCase c, AtomicInteger errors) {
        try {
            return system.function().apply(c);
        } catch (RuntimeException | StackOverflowError e) {
            errors.incrementAndGet();
            return null;
        }
    }

    /** A plain-text table of the results, one row per system. */
    public static String table(List<SystemResult> results) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-24s %6s %6s %6s %6s %6s %6s %7s %6s %9s %9s%n",
                "system", "pages", "TP", "FN", "FP", "TN", "P", "R", "F1", "pages/s", "pages/s"));
        b.append(String.format(Locale.ROOT, "%-24s %6s %6s %6s %6s %6s %6s %7s %6s %9s %9s%n",
                "", "", "", "", "", "", "", "", "", "1 thread", "N threads"));
        for (SystemResult r : results) {
            SnippetCounts c = r.counts();
            b.append(String.format(Locale.ROOT, "%-24s %6d %6d %6d %6d %6d %6.3f %7.3f %6.3f %9.1f %9.1f%n",
                    r.name(), r.pages(), c.truePositives(), c.falseNegatives(), c.falsePositives(),
                    c.trueNegatives(), r.precision(), r.recall(), r.f1(), r.pagesPerSecond(),
                    r.pagesPerSecondParallel()));
        }
        return b.toString();
    }
}
