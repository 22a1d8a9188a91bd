package io.concord.cli;

import io.concord.article.ArticleReader;
import io.concord.article.Ingested;
import io.concord.article.Problem;
import io.concord.brief.Brief;
import io.concord.brief.BriefBuilder;
import io.concord.nlp.CoreNlpAnalyzer;
import io.concord.render.BriefRenderer;
import io.concord.summary.ConcordSummarizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code concord brief PATH...}: one sourced story brief from a pile of news reports. */
@Command(name = "brief", mixinStandardHelpOptions = true,
        description = "Read news reports about one story (files or folders: .txt, .html, .jsonl[.gz], .warc[.gz]) and write "
                + "one sourced brief: summary, timeline, entities, quotes, claims.")
public final class BriefCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read.")
    List<Path> inputs;

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "CSV or JSON giving a file's url, outlet and publication date.")
    Path manifest;

    @Option(names = "--format", defaultValue = "md", description = "md, json or html (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--words", defaultValue = "150", description = "Summary length in words (default: ${DEFAULT-VALUE}).")
    int words;

    @Option(names = "--focus", paramLabel = "TEXT", description = "Question or keywords to steer the summary towards.")
    String focus;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the brief here instead of standard output.")
    Path out;

    @Option(names = "--threads", defaultValue = "2", description = "Analysis threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() throws IOException {
        PrintStream err = System.err;
        BriefRenderer renderer;
        try {
            renderer = BriefRenderer.forFormat(format);
        } catch (IllegalArgumentException e) {
            err.println("concord brief: " + e.getMessage());
            return 2;
        }
        if (words <= 0) {
            err.println("concord brief: --words must be positive, got " + words);
            return 2;
        }
        Ingested ingested;
        try {
            ingested = new ArticleReader().read(inputs, manifest);
        } catch (RuntimeException e) {
            err.println("concord brief: " + e.getMessage());
            return 2;
        }
        for (Problem p : ingested.problems()) {
            err.println("concord brief: not used: " + p);
        }
        if (ingested.articles().isEmpty()) {
            err.println("concord brief: no usable input among " + inputs);
            return 1;
        }
        err.println("concord brief: " + ingested.articles().size() + " articles read; analysing...");
        BriefBuilder builder = new BriefBuilder(CoreNlpAnalyzer::new, Math.max(1, Math.min(threads,
                ingested.articles().size())), new ConcordSummarizer());
        Brief brief = builder.build(ingested, new BriefBuilder.Options(words, focus));
        String text = renderer.render(brief);
        if (out == null) {
            System.out.print(text);
            System.out.flush();
        } else {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(out, text, StandardCharsets.UTF_8);
            err.println("concord brief: wrote " + out);
        }
        return 0;
    }
}
