package io.concord.eval.quotes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.concord.article.Article;
import io.concord.entity.EntityIndex;
import io.concord.nlp.AnalyzedArticle;
import io.concord.nlp.Analyzer;
import io.concord.nlp.Sentence;
import io.concord.nlp.Token;
import io.concord.quote.Quote;
import io.concord.quote.QuoteFinder;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Direct-quotation benchmark on PolNeAR (a folder with {@code text/*.txt} and brat {@code attributions/*.ann}):
 * each article is analysed, {@link QuoteFinder} runs on it alone, and its quotes are scored with
 * {@link QuoteScorer}. When an article has several annotation files (several annotators), the first in name
 * order is used.
 */
public final class PolnearQuotesBenchmark {
    private final AnalysisCache analyses;
    private final QuoteFinder finder;

    /**
     * @param cache       folder keeping analysed articles between runs, or null to analyse every time
     * @param shortQuotes which short quotations the finder keeps
     */
    public PolnearQuotesBenchmark(Analyzer analyzer, Path cache, QuoteFinder.ShortQuotes shortQuotes) {
        this.analyses = new AnalysisCache(cache, analyzer);
        this.finder = new QuoteFinder(shortQuotes);
    }

    public record ArticleResult(String article, QuoteCounts counts) {
    }

    public record Result(String data, int articles, long tokens, double analyseSeconds, double quoteSeconds,
                         QuoteCounts total, List<ArticleResult> perArticle) {
    }

    /** {@code shared/data/polnear/dev} beside the nearest ancestor of the working directory that has it, or null. */
    public static Path defaultData() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path d = p.resolve("shared/data/polnear/dev");
            if (Files.isDirectory(d)) {
                return d;
            }
        }
        return null;
    }

    /**
     * @param details when not null, receives every missed, spurious and mis-attributed quotation
     * @throws IllegalArgumentException when the folder lacks text/ or attributions/, or an annotation is malformed
     */
    public Result run(Path data, int limit, PrintStream details) throws IOException {
        Path textDir = data.resolve("text");
        Path annDir = data.resolve("attributions");
        if (!Files.isDirectory(textDir) || !Files.isDirectory(annDir)) {
            throw new IllegalArgumentException(data + ": expected folders text/ and attributions/ (PolNeAR layout)");
        }
        List<Path> texts;
        try (Stream<Path> s = Files.list(textDir)) {
            texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<Path> anns;
        try (Stream<Path> s = Files.list(annDir)) {
            anns = s.filter(p -> p.toString().endsWith(".ann")).sorted().toList();
        }
        QuoteCounts total = QuoteCounts.ZERO;
        List<ArticleResult> per = new ArrayList<>();
        long tokens = 0;
        long analyseNanos = 0;
        long quoteNanos = 0;
        int n = 0;
        for (Path t : texts) {
            if (limit > 0 && n >= limit) {
                break;
            }
            String stem = t.getFileName().toString().replaceFirst("\\.txt$", "");
            Path ann = anns.stream().filter(a -> a.getFileName().toString().startsWith(stem + "_")
                    || a.getFileName().toString().equals(stem + ".ann")).findFirst().orElse(null);
            if (ann == null) {
                continue;
            }
            n++;
            String text = Files.readString(t, StandardCharsets.UTF_8);
            List<GoldAttribution> gold = BratAttributions.parse(Files.readString(ann, StandardCharsets.UTF_8), text,
                    ann.toString());
            long t0 = System.nanoTime();
            AnalyzedArticle analysed = analyses.analyze(stem, new Article("a" + n, null, text, null, null,
                    t.toString(), null, null, null));
            long t1 = System.nanoTime();
            List<Quote> quotes = finder.find(List.of(analysed), new EntityIndex(List.of(), Map.of()));
            long t2 = System.nanoTime();
            analyseNanos += t1 - t0;
            quoteNanos += t2 - t1;
            List<Token> toks = new ArrayList<>();
            for (Sentence s : analysed.sentences()) {
                toks.addAll(s.tokens());
            }
            tokens += toks.size();
            QuoteCounts c = QuoteScorer.score(text, gold, quotes, toks);
            total = total.plus(c);
            per.add(new ArticleResult(stem, c));
            if (details != null) {
                explain(stem, text, gold, quotes, toks, details);
            }
        }
        return new Result(data.toString(), n, tokens, analyseNanos / 1e9, quoteNanos / 1e9, total, per);
    }

    private static void explain(String stem, String text, List<GoldAttribution> gold, List<Quote> quotes,
                                List<Token> tokens, PrintStream out) {
        out.println("## " + stem);
        List<GoldAttribution> direct = gold.stream().filter(g -> QuoteScorer.isDirect(text, g)).toList();
        for (Quote q : quotes) {
            GoldAttribution best = null;
            int bestOverlap = 0;
            for (GoldAttribution g : direct) {
                int o = g.content().stream().mapToInt(c -> c.overlap(q.begin(), q.end())).sum();
                if (o > bestOverlap) {
                    bestOverlap = o;
                    best = g;
                }
            }
            if (best == null) {
                out.println("FP  [" + q.speakerName() + " / " + q.cue() + "] " + clip(q.text()));
                continue;
            }
            String surname = QuoteScorer.sourceName(best, tokens);
            String gs = best.source().isEmpty() ? "-" : text.substring(best.source().get(0).begin(),
                    best.source().get(best.source().size() - 1).end());
            boolean ok = surname == null || q.speakerName() != null
                    && q.speakerName().toLowerCase(Locale.ROOT).contains(surname);
            boolean exact = QuoteScorer.score(text, List.of(best), List.of(q), tokens).predExact() == 1;
            out.println((ok ? "OK  " : "SPK ") + "[" + q.speakerName() + " / " + q.cue() + "] gold=" + gs + " :: "
                    + clip(q.text()) + (exact ? "" : "\n    not exact; gold content: "
                    + clip(text.substring(best.content().get(0).begin(), best.content().get(best.content().size() - 1).end()))));
        }
        for (GoldAttribution g : direct) {
            boolean found = quotes.stream().anyMatch(q -> g.content().stream().anyMatch(c -> c.overlap(q.begin(), q.end()) > 0));
            if (!found) {
                String gs = g.source().isEmpty() ? "-" : text.substring(g.source().get(0).begin(),
                        g.source().get(g.source().size() - 1).end());
                out.println("FN  gold=" + gs + " :: " + clip(text.substring(g.content().get(0).begin(),
                        g.content().get(g.content().size() - 1).end())));
            }
        }
    }

    private static String clip(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 140 ? one.substring(0, 140) + "…" : one;
    }

    public static void printTable(Result r, PrintStream out) {
        QuoteCounts c = r.total();
        out.printf(Locale.ROOT, "PolNeAR direct quotations: %s (%d articles, %d tokens)%n", r.data(), r.articles(), r.tokens());
        out.printf(Locale.ROOT, "gold direct quotations %d, predicted quotes %d%n", c.gold(), c.predicted());
        out.printf(Locale.ROOT, "%-10s %9s %9s %9s%n", "match", "precision", "recall", "F1");
        out.printf(Locale.ROOT, "%-10s %9.3f %9.3f %9.3f%n", "overlap", c.overlapPrecision(), c.overlapRecall(), c.overlapF1());
        out.printf(Locale.ROOT, "%-10s %9.3f %9.3f %9.3f%n", "exact", c.exactPrecision(), c.exactRecall(), c.exactF1());
        out.printf(Locale.ROOT, "speaker accuracy %.3f (%d of %d matched quotes with a named gold source; %d without speaker)%n",
                c.speakerAccuracy(), c.speakerCorrect(), c.speakerJudged(), c.speakerMissing());
        out.printf(Locale.ROOT, "time: analysis %.1f s, quote finding %.3f s (%.0f tokens/s)%n", r.analyseSeconds(),
                r.quoteSeconds(), r.quoteSeconds() == 0 ? 0 : r.tokens() / r.quoteSeconds());
    }

    public static void writeJson(Result r, Path json) {
        QuoteCounts c = r.total();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("benchmark", "quotes-polnear");
        root.put("data", r.data());
        root.put("articles", r.articles());
        root.put("tokens", r.tokens());
        root.put("gold", c.gold());
        root.put("predicted", c.predicted());
        root.put("overlap", Map.of("precision", c.overlapPrecision(), "recall", c.overlapRecall(), "f1", c.overlapF1()));
        root.put("exact", Map.of("precision", c.exactPrecision(), "recall", c.exactRecall(), "f1", c.exactF1()));
        root.put("speaker", Map.of("accuracy", c.speakerAccuracy(), "judged", c.speakerJudged(),
                "correct", c.speakerCorrect(), "missing", c.speakerMissing()));
        root.put("seconds", Map.of("analysis", r.analyseSeconds(), "quotes", r.quoteSeconds()));
        root.put("counts", c);
        root.put("perArticle", r.perArticle());
        try {
            Path parent = json.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + json, e);
        }
    }
}
