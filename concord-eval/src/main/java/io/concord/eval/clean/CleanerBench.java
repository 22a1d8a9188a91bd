package io.concord.eval.clean;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.concord.article.Article;
import io.concord.article.DateSource;
import io.concord.clean.Cleaned;
import io.concord.clean.FurnitureCleaner;
import io.concord.extract.ExtractedPage;
import io.concord.extract.HtmlExtractor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * What the furniture cleaner adds to main-text extraction, on the trafilatura evaluation pages: snippets that
 * must be in the main text ({@code with}) and must not be ({@code without}), counted as trafilatura's
 * {@code tests/evaluate.py} does, for the extractor's text alone and after cleaning.
 */
public final class CleanerBench {

    /** Snippet counts: a {@code with} snippet found is a true positive, missing a false negative; a {@code without} found a false positive. */
    public record Counts(int truePositives, int falseNegatives, int falsePositives) {
        @JsonProperty("precision")
        public double precision() {
            return truePositives / (double) Math.max(1, truePositives + falsePositives);
        }

        @JsonProperty("recall")
        public double recall() {
            return truePositives / (double) Math.max(1, truePositives + falseNegatives);
        }

        @JsonProperty("f1")
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /**
     * @param pages               pages scored
     * @param extracted           the extractor's text alone
     * @param cleaned             the same text after {@link FurnitureCleaner}
     * @param lostSnippetsByRule  {@code with} snippets the cleaner removed, by the rule that removed them
     * @param seconds             wall time of extraction and cleaning
     */
    public record Result(int pages, Counts extracted, Counts cleaned, Map<String, Integer> lostSnippetsByRule,
                         double seconds) {
    }

    private final HtmlExtractor extractor = new HtmlExtractor();
    private final FurnitureCleaner cleaner = new FurnitureCleaner();

    /** Scores the first {@code limit} pages (all when {@code limit <= 0}) of an {@code evaldata.jsonl.gz}. */
    public Result run(Path evaldata, int limit) throws IOException {
        ObjectMapper json = new ObjectMapper();
        int[] before = new int[3];
        int[] after = new int[3];
        Map<String, Integer> lost = new TreeMap<>();
        int pages = 0;
        long start = System.nanoTime();
        try (InputStream raw = Files.newInputStream(evaldata);
             BufferedReader in = new BufferedReader(new InputStreamReader(
                     evaldata.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null && (limit <= 0 || pages < limit)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode page = json.readTree(line);
                String url = page.path("url").asText(null);
                ExtractedPage extracted = extractor.extract(page.path("html").asText(""), url);
                String text = extracted.text() == null ? "" : extracted.text();
                Cleaned cleaned = text.isBlank() ? null : cleaner.cleanWithReport(List.of(
                        new Article("a1", extracted.title(), text, null, url, null, null, null, DateSource.NONE))).get(0);
                String plain = normal(text);
                String clean = cleaned == null ? plain : normal(cleaned.article().text());
                for (JsonNode s : page.path("with")) {
                    String snippet = normal(s.asText());
                    boolean was = plain.contains(snippet);
                    boolean is = clean.contains(snippet);
                    before[was ? 0 : 1]++;
                    after[is ? 0 : 1]++;
                    if (was && !is && cleaned != null) {
                        lost.merge(rule(cleaned, snippet), 1, Integer::sum);
                    }
                }
                for (JsonNode s : page.path("without")) {
                    String snippet = normal(s.asText());
                    before[2] += plain.contains(snippet) ? 1 : 0;
                    after[2] += clean.contains(snippet) ? 1 : 0;
                }
                pages++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(pages, new Counts(before[0], before[1], before[2]), new Counts(after[0], after[1], after[2]),
                lost, seconds);
    }

    private static String rule(Cleaned cleaned, String snippet) {
        for (String r : cleaned.removed()) {
            if (normal(r).contains(snippet)) {
                return r.substring(0, Math.max(0, r.indexOf(':')));
            }
        }
        return "split across lines";
    }

    private static String normal(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
