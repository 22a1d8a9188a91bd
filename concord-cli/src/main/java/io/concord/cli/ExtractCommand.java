package io.concord.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.concord.extract.ExtractedPage;
import io.concord.extract.HtmlExtractor;
import io.concord.extract.HtmlFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code concord extract PATH...}: main text and metadata of HTML pages, one JSON object a line. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract main text and metadata (title, date, author, outlet, url, language) from HTML files "
                + "or folders of .html/.htm files, and from the HTML pages in .warc/.warc.gz web archives; "
                + "pages over 5 MB are cut there.")
public final class ExtractCommand implements Callable<Integer> {
    enum Format { json, text }

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "HTML files, folders or WARC files")
    List<Path> paths;

    @Option(names = "--format", description = "json (JSON Lines, default) or text", defaultValue = "json")
    Format format;

    @Option(names = "--url", description = "the page's url, when extracting a single page")
    String url;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        ObjectMapper json = new ObjectMapper();
        HtmlExtractor extractor = new HtmlExtractor();
        int failed = 0;
        List<Path> warcs = paths.stream().filter(ExtractCommand::isWarc).toList();
        List<Path> files;
        try {
            files = HtmlFiles.expand(paths.stream().filter(p -> !isWarc(p)).toList());
        } catch (UncheckedIOException e) {
            System.err.println("concord extract: " + e.getMessage());
            return 2;
        }
        for (Path file : files) {
            try {
                HtmlFiles.Page page = HtmlFiles.read(file);
                if (page.truncated()) {
                    System.err.println("concord extract: " + file + ": larger than " + HtmlFiles.MAX_BYTES
                            + " bytes, read up to there");
                }
                ExtractedPage p = extractor.extract(page.html(), files.size() == 1 ? url : null);
                if (format == Format.json) {
                    out.println(json.writeValueAsString(toJson(json, file, p)));
                } else {
                    out.println("# " + file);
                    if (p.title() != null) {
                        out.println(p.title());
                        out.println();
                    }
                    out.println(p.text());
                    out.println();
                }
            } catch (IllegalArgumentException e) {
                System.err.println("concord extract: " + e.getMessage());
                failed++;
            } catch (IOException e) {
                System.err.println("concord extract: " + file + ": " + e.getMessage());
                failed++;
            }
        }
        failed += extractArchives(warcs, out, json);
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    private static boolean isWarc(Path p) {
        String n = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return !java.nio.file.Files.isDirectory(p) && (n.endsWith(".warc") || n.endsWith(".warc.gz"));
    }

    /** The HTML pages of web archives, read as the brief reads them; returns how many archives gave none. */
    private int extractArchives(List<Path> warcs, PrintStream out, ObjectMapper json) {
        int failed = 0;
        for (Path warc : warcs) {
            io.concord.article.Ingested got = new io.concord.article.ArticleReader().read(List.of(warc), null);
            got.problems().forEach(p -> System.err.println("concord extract: " + p));
            if (got.articles().isEmpty()) {
                failed++;
            }
            for (io.concord.article.Article a : got.articles()) {
                if (format == Format.json) {
                    ObjectNode n = json.createObjectNode();
                    n.put("path", a.path());
                    n.put("url", a.url());
                    n.put("title", a.title());
                    n.put("text", a.text());
                    n.put("published", a.published() == null ? null : a.published().toString());
                    n.put("author", a.author());
                    n.put("outlet", a.outlet());
                    try {
                        out.println(json.writeValueAsString(n));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                } else {
                    out.println("# " + a.path());
                    if (a.title() != null) {
                        out.println(a.title());
                        out.println();
                    }
                    out.println(a.text());
                    out.println();
                }
            }
        }
        return failed;
    }

    static ObjectNode toJson(ObjectMapper json, Path file, ExtractedPage p) {
        ObjectNode n = json.createObjectNode();
        n.put("path", file.toString());
        n.put("url", p.url());
        n.put("title", p.title());
        n.put("text", p.text());
        n.put("published", p.published() == null ? null : p.published().toString());
        n.put("author", p.author());
        n.put("outlet", p.outlet());
        n.put("language", p.language());
        return n;
    }
}
