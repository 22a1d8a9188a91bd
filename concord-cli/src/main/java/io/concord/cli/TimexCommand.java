package io.concord.cli;

import io.concord.nlp.CoreNlpAnalyzer;
import io.concord.timex.TimeMlDocument;
import io.concord.timex.TimeMlReader;
import io.concord.timex.TimeMlWriter;
import io.concord.timex.TimexTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code concord timex}: annotates TimeML documents with Concord's own TIMEX3 tags. */
@Command(name = "timex", mixinStandardHelpOptions = true,
        description = "Read TimeML .tml files (DCT and TEXT), tag their time expressions with Concord's "
                + "time-expression stage and write them as TimeML with inline TIMEX3 tags.")
public final class TimexCommand implements Callable<Integer> {
    @Option(names = "--in", required = true, description = "folder of .tml files (searched recursively) or one file")
    Path in;

    @Option(names = "--out", required = true, description = "folder to write the annotated .tml files to")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (!Files.exists(in)) {
            System.err.println("concord timex: " + in + ": no such file or folder");
            return 2;
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(in)) {
            files = s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".tml")).sorted().toList();
        }
        if (files.isEmpty()) {
            System.err.println("concord timex: " + in + ": no .tml files");
            return 2;
        }
        Files.createDirectories(out);
        TimeMlReader reader = new TimeMlReader();
        TimeMlWriter writer = new TimeMlWriter();
        TimexTagger tagger = new TimexTagger(new CoreNlpAnalyzer());
        int written = 0;
        int timexes = 0;
        int failed = 0;
        for (Path f : files) {
            TimeMlDocument doc;
            try {
                doc = reader.read(f);
            } catch (RuntimeException e) {
                System.err.println("concord timex: skipped " + e.getMessage());
                failed++;
                continue;
            }
            TimeMlDocument tagged = tagger.tag(doc);
            Files.writeString(out.resolve(f.getFileName().toString()), writer.write(tagged), StandardCharsets.UTF_8);
            written++;
            timexes += tagged.timexes().size();
        }
        System.out.printf("wrote %d documents with %d TIMEX3 to %s%s%n", written, timexes, out,
                failed == 0 ? "" : " (" + failed + " unreadable, see above)");
        return failed == 0 ? 0 : 1;
    }
}
