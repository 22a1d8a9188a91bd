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
                + "or folders of .html/.htm files; pages over 5 MB are cut there.")
public final class ExtractCommand implements Callable<Integer> {
    enum Format { json, text }

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "HTML files or folders")
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
        List<Path> files;
        try {
            files = HtmlFiles.expand(paths);
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
        out.flush();
        return failed == 0 ? 0 : 1;
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
