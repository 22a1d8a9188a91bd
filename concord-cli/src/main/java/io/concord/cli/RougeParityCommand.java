package io.concord.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.concord.eval.rouge.Duc2004Parity;
import io.concord.eval.rouge.Rouge;
import io.concord.eval.rouge.RougeData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code concord bench rouge-parity}: Concord's ROUGE against ROUGE-1.5.5's published DUC 2004 output. */
@Command(name = "rouge-parity", mixinStandardHelpOptions = true,
        description = {"Scores the 13 DUC 2004 systems with Concord's ROUGE (-n 4 -m -l 100 -p 0.5 -f A) and "
                + "compares ROUGE-1/ROUGE-2 Average_R with ROUGE-1.5.5's rouge.res.",
                "Exit code 0 when every system is within 0.0005, 1 otherwise, 2 when the data cannot be read."})
public final class RougeParityCommand implements Callable<Integer> {
    @Option(names = "--data", description = "duc2004-rouge folder (peers/, models/, rouge.res); default ${DEFAULT-VALUE}",
            defaultValue = Duc2004Parity.DEFAULT_DATA)
    Path data;

    @Option(names = "--rouge-data", description = "ROUGE-1.5.5 word lists (*.exc, smart_common_words.txt); "
            + "default DATA/rouge-data")
    Path rougeData;

    @Option(names = "--porter-only", description = "ignore the WordNet exception lists (stem with Porter alone)")
    boolean porterOnly;

    @Option(names = "--json", description = "where to write the JSON result; default ${DEFAULT-VALUE}",
            defaultValue = "bench-results/rouge-parity.json")
    Path json;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(data)) {
            System.err.println("rouge-parity: " + data + ": no such folder (give the duc2004-rouge data set with --data)");
            return 2;
        }
        Path lists = rougeData != null ? rougeData : data.resolve("rouge-data");
        Duc2004Parity.Report report;
        try {
            RougeData words = porterOnly ? RougeData.none() : RougeData.load(lists);
            report = Duc2004Parity.run(data, new Rouge(words));
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            System.err.println("rouge-parity: " + e.getMessage());
            return 2;
        }
        System.out.print(report.table());
        if (json.getParent() != null) {
            Files.createDirectories(json.getParent());
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), report);
        System.out.println("JSON: " + json);
        return report.pass() ? 0 : 1;
    }
}
