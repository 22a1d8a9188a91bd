package io.concord.eval.timex;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Renders a {@link TimexBenchmarkResult} as a text table and as JSON, beside the published TempEval-3 figures. */
public final class TimexReport {
    /** Published TempEval-3 platinum-test figures (UzZaman et al. 2013): strict F1, relaxed F1, value F1. */
    static final Map<String, double[]> PUBLISHED = Map.of(
            "HeidelTime", new double[]{81.34, 90.30, 77.61},
            "NavyTime", new double[]{Double.NaN, Double.NaN, 70.97},
            "SUTime", new double[]{Double.NaN, Double.NaN, 67.38});
    private static final String[] PUBLISHED_ORDER = {"HeidelTime", "NavyTime", "SUTime"};
    private static final Map<String, String> LABELS = Map.of(
            "concord", "Concord (news corrections + TimeML rules)",
            "no-news", "Concord without news corrections",
            "sutime", "SUTime values as they are (our run)");

    public String table(TimexBenchmarkResult r) {
        StringBuilder b = new StringBuilder();
        TimexCounts any = r.overall().values().stream().findFirst().orElse(TimexCounts.ZERO);
        b.append(String.format(Locale.ROOT, "TempEval-3 time expressions: %s (%d documents, %d gold TIMEX3 without DCT, %.1f s)%n",
                r.data(), r.documents(), any.gold(), r.seconds()));
        String header = String.format(Locale.ROOT, "%-44s %6s %6s %6s | %6s %6s %6s | %7s %7s %7s%n",
                "system", "str P", "str R", "str F1", "rel P", "rel R", "rel F1", "value F1", "val acc", "type acc");
        b.append(header);
        b.append("-".repeat(header.length() - 1)).append('\n');
        for (Map.Entry<String, TimexCounts> e : r.overall().entrySet()) {
            b.append(row(LABELS.getOrDefault(e.getKey(), e.getKey()), e.getValue()));
        }
        for (String name : PUBLISHED_ORDER) {
            double[] p = PUBLISHED.get(name);
            b.append(String.format(Locale.ROOT, "%-44s %6s %6s %6s | %6s %6s %6s | %7s %7s %7s%n",
                    name + " (published, TE-3 platinum test)", "", "", fmt(p[0]), "", "", fmt(p[1]), fmt(p[2]), "", ""));
        }
        if (r.byCorpus().size() > 1) {
            b.append('\n');
            for (Map.Entry<String, Map<String, TimexCounts>> c : r.byCorpus().entrySet()) {
                for (Map.Entry<String, TimexCounts> e : c.getValue().entrySet()) {
                    b.append(row(c.getKey() + " / " + e.getKey(), e.getValue()));
                }
            }
        }
        return b.toString();
    }

    private static String row(String label, TimexCounts c) {
        return String.format(Locale.ROOT, "%-44s %6.2f %6.2f %6.2f | %6.2f %6.2f %6.2f | %7.2f %7.2f %7.2f%n", label,
                100 * c.strictPrecision(), 100 * c.strictRecall(), 100 * c.strictF1(),
                100 * c.relaxedPrecision(), 100 * c.relaxedRecall(), 100 * c.relaxedF1(),
                100 * c.valueF1(), 100 * c.valueAccuracy(), 100 * c.typeAccuracy());
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.2f", v);
    }

    public void writeJson(TimexBenchmarkResult r, Path file) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("benchmark", "tempeval3-timex");
        root.put("data", r.data());
        root.put("documents", r.documents());
        root.put("seconds", Math.round(r.seconds() * 10) / 10.0);
        ObjectNode variants = root.putObject("variants");
        r.overall().forEach((k, v) -> variants.set(k, scores(mapper, v)));
        ObjectNode corpora = root.putObject("byCorpus");
        r.byCorpus().forEach((corpus, m) -> {
            ObjectNode o = corpora.putObject(corpus);
            m.forEach((k, v) -> o.set(k, scores(mapper, v)));
        });
        ArrayNode published = root.putArray("published");
        for (String name : PUBLISHED_ORDER) {
            double[] p = PUBLISHED.get(name);
            ObjectNode o = published.addObject();
            o.put("system", name);
            o.put("source", "UzZaman et al. 2013, TempEval-3 platinum test");
            if (!Double.isNaN(p[0])) {
                o.put("strictF1", p[0]);
                o.put("relaxedF1", p[1]);
            }
            o.put("valueF1", p[2]);
        }
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            mapper.writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write JSON", e);
        }
    }

    private static ObjectNode scores(ObjectMapper mapper, TimexCounts c) {
        ObjectNode o = mapper.createObjectNode();
        o.put("gold", c.gold());
        o.put("system", c.system());
        o.put("strictMatches", c.strict());
        o.put("relaxedMatches", c.relaxed());
        o.put("valueCorrect", c.valueCorrect());
        o.put("typeCorrect", c.typeCorrect());
        o.put("strictP", round(c.strictPrecision()));
        o.put("strictR", round(c.strictRecall()));
        o.put("strictF1", round(c.strictF1()));
        o.put("relaxedP", round(c.relaxedPrecision()));
        o.put("relaxedR", round(c.relaxedRecall()));
        o.put("relaxedF1", round(c.relaxedF1()));
        o.put("valueF1", round(c.valueF1()));
        o.put("valueAccuracy", round(c.valueAccuracy()));
        o.put("typeAccuracy", round(c.typeAccuracy()));
        o.put("typeF1", round(c.typeF1()));
        return o;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 100.0;
    }
}
