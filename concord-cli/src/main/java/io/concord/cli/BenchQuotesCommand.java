package io.concord.cli;

import io.concord.eval.quotes.PolnearQuotesBenchmark;
import io.concord.article.Article;
import io.concord.nlp.AnalyzedArticle;
import io.concord.nlp.Analyzer;
import io.concord.nlp.CoreNlpAnalyzer;
import io.concord.quote.QuoteFinder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code concord bench quotes}: direct quotations and their speakers on PolNeAR. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "Score direct quotations and speakers on PolNeAR (text/*.txt + brat attributions/*.ann).")
public final class BenchQuotesCommand implements Callable<Integer> {
    @Option(names = "--data", description = "PolNeAR split folder (default: shared/data/polnear/dev beside an ancestor folder)")
    Path data;

    @Option(names = "--json", description = "where to write the JSON result (default: ${DEFAULT-VALUE})",
            defaultValue = "bench-results/quotes-polnear.json")
    Path json;

    @Option(names = "--details", description = "write every missed, spurious and mis-attributed quotation to this file")
    Path details;

    @Option(names = "--cache", description = "folder keeping analysed articles between runs (skips CoreNLP when the text is unchanged)")
    Path cache;

    @Option(names = "--short-quotes", defaultValue = "DIRECT",
            description = "which quotations of 1-3 words count: DIRECT (governed by a reporting verb) or REPORTED (also inside reported speech); default ${DEFAULT-VALUE}")
    QuoteFinder.ShortQuotes shortQuotes;

    @Option(names = "--limit", description = "score only the first N articles (0 = all)", defaultValue = "0")
    int limit;

    /** Loads CoreNLP only when an article is not in the cache. */
    private static final class LazyAnalyzer implements Analyzer {
        private CoreNlpAnalyzer delegate;

        @Override
        public AnalyzedArticle analyze(Article article) {
            if (delegate == null) {
                delegate = new CoreNlpAnalyzer();
            }
            return delegate.analyze(article);
        }
    }

    @Override
    public Integer call() throws Exception {
        Path dir = data != null ? data : PolnearQuotesBenchmark.defaultData();
        if (dir == null || !Files.isDirectory(dir)) {
            System.err.println("quotes: no PolNeAR folder " + (dir == null ? "found; pass --data" : dir));
            return 2;
        }
        PolnearQuotesBenchmark bench = new PolnearQuotesBenchmark(new LazyAnalyzer(), cache, shortQuotes);
        PolnearQuotesBenchmark.Result result;
        if (details != null) {
            try (PrintStream out = new PrintStream(Files.newOutputStream(details), true, StandardCharsets.UTF_8)) {
                result = bench.run(dir, limit, out);
            }
        } else {
            result = bench.run(dir, limit, null);
        }
        PolnearQuotesBenchmark.printTable(result, System.out);
        PolnearQuotesBenchmark.writeJson(result, json);
        System.out.println("wrote " + json);
        return 0;
    }
}
