package io.concord.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.concord.article.Article;
import io.concord.article.ArticleReader;
import io.concord.article.Ingested;
import io.concord.article.ManifestException;
import io.concord.article.Problem;
import io.concord.clean.Cleaned;
import io.concord.clean.FurnitureCleaner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code concord ingest PATH...}: reads and cleans reports, prints what was read and what could not be. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read reports (.txt, .html, .jsonl, .jsonl.gz; folders recursively), clean page furniture, "
                + "and list the articles, their dates and where the dates came from, and every problem.")
public final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders")
    List<Path> inputs;

    @Option(names = "--manifest", paramLabel = "FILE", description = "CSV or JSON manifest: file, url, outlet, published")
    Path manifest;

    @Option(names = "--no-clean", description = "do not remove page furniture")
    boolean noClean;

    @Option(names = "--show-removed", description = "print each removed line and why")
    boolean showRemoved;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the articles and problems as JSON")
    Path json;

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        Ingested ingested;
        try {
            ingested = new ArticleReader().read(inputs, manifest);
        } catch (ManifestException e) {
            System.err.println("concord ingest: " + e.getMessage());
            return 2;
        }
        List<Cleaned> cleaned = noClean
                ? ingested.articles().stream().map(a -> new Cleaned(a, List.of())).toList()
                : new FurnitureCleaner().cleanWithReport(ingested.articles());
        out.printf("%-4s %-10s %-9s %5s %7s  %-24s %s%n", "id", "published", "from", "words", "removed", "outlet", "title");
        for (Cleaned c : cleaned) {
            Article a = c.article();
            out.printf("%-4s %-10s %-9s %5d %7d  %-24s %s%n", a.id(), a.published() == null ? "-" : a.published(),
                    a.publishedFrom().label(), a.words(), c.removed().size(), cut(a.outlet(), 24), cut(a.title(), 60));
            if (showRemoved) {
                c.removed().forEach(r -> out.println("       - " + cut(r, 110)));
            }
        }
        out.printf("%d articles, %d problems%n", cleaned.size(), ingested.problems().size());
        for (Problem p : ingested.problems()) {
            out.println("problem: " + p);
        }
        if (json != null) {
            writeJson(cleaned, ingested.problems());
            out.println("wrote " + json);
        }
        return 0;
    }

    private void writeJson(List<Cleaned> cleaned, List<Problem> problems) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ArrayNode articles = root.putArray("articles");
        for (Cleaned c : cleaned) {
            Article a = c.article();
            ObjectNode n = articles.addObject();
            n.put("id", a.id());
            n.put("title", a.title());
            n.put("outlet", a.outlet());
            n.put("url", a.url());
            n.put("path", a.path());
            n.put("author", a.author());
            n.put("published", a.published() == null ? null : a.published().toString());
            n.put("publishedFrom", a.publishedFrom().label());
            n.put("words", a.words());
            n.put("text", a.text());
            ArrayNode removed = n.putArray("removed");
            c.removed().forEach(removed::add);
        }
        ArrayNode ps = root.putArray("problems");
        for (Problem p : problems) {
            ps.addObject().put("path", p.path()).put("reason", p.reason());
        }
        Path parent = json.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        mapper.writeValue(json.toFile(), root);
    }

    private static String cut(String s, int max) {
        if (s == null) {
            return "-";
        }
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
