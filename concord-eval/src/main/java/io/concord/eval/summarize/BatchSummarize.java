package io.concord.eval.summarize;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.concord.summary.BudgetMode;
import io.concord.summary.Summarizer;
import io.concord.summary.SummarySentence;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Batch summarization of a JSON Lines file of clusters ({@code id}, {@code documents}) into a JSON Lines
 * file of {@code {"id", "summary"}} objects, in input order. Summaries are whole sentences within the
 * word budget (or, in {@link BudgetMode#FILL}, until the budget is reached), joined by spaces.
 */
public final class BatchSummarize {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CHUNK = 256;

    private BatchSummarize() {
    }

    /** Summarizes every cluster of {@code in} into {@code out}; returns the number of clusters written. */
    public static int run(Path in, Path out, int words, String method, String focus, int threads)
            throws IOException {
        return run(in, out, words, method, focus, threads, BudgetMode.WHOLE_SENTENCES, null);
    }

    /** As {@link #run(Path, Path, int, String, String, int)} with an explicit budget mode and model (see {@link Methods#create(String, BudgetMode, String)}). */
    public static int run(Path in, Path out, int words, String method, String focus, int threads, BudgetMode mode,
                          String model) throws IOException {
        Summarizer summarizer;
        try {
            summarizer = Methods.create(method, mode, model);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        int[] count = {0};
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            List<Cluster> chunk = new ArrayList<>(CHUNK);
            IOException[] failure = {null};
            ClusterReader.readJsonl(in, 1, 0, c -> {
                chunk.add(c);
                if (chunk.size() == CHUNK && failure[0] == null) {
                    failure[0] = flush(chunk, pool, summarizer, words, focus, w, count);
                }
            });
            if (failure[0] == null) {
                failure[0] = flush(chunk, pool, summarizer, words, focus, w, count);
            }
            if (failure[0] != null) {
                throw failure[0];
            }
        } finally {
            pool.shutdownNow();
        }
        return count[0];
    }

    /** The summary text of one cluster (sentences joined by single spaces). */
    public static String summarize(Summarizer summarizer, Cluster c, int words, String focus) {
        List<SummarySentence> s = summarizer.summarize(ClusterSplitter.split(c.documents()), words, focus);
        return String.join(" ", s.stream().map(SummarySentence::text).toList());
    }

    private static IOException flush(List<Cluster> chunk, ExecutorService pool, Summarizer summarizer, int words,
                                     String focus, BufferedWriter w, int[] count) {
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (Cluster c : chunk) {
                futures.add(pool.submit(() -> summarize(summarizer, c, words, focus)));
            }
            for (int i = 0; i < chunk.size(); i++) {
                ObjectNode o = JSON.createObjectNode();
                o.put("id", chunk.get(i).id());
                o.put("summary", futures.get(i).get());
                w.write(JSON.writeValueAsString(o));
                w.write('\n');
                count[0]++;
            }
            chunk.clear();
            return null;
        } catch (IOException e) {
            return e;
        } catch (Exception e) {
            return new IOException("summarization failed: " + e, e);
        }
    }
}
