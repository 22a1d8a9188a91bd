package io.concord.eval.rouge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The parity check of Concord's ROUGE against ROUGE-1.5.5 on DUC 2004 task 2: the 13 published
 * systems' summaries ({@code peers/dNNNNN.SYSTEM}) are scored against the reference summaries
 * ({@code models/dNNNNN.m.100.t.X}) with the official setting {@code -n 4 -m -l 100 -p 0.5 -f A
 * -c 95 -r 1000 -t 0}, and each system's ROUGE-1 and ROUGE-2 {@code Average_R} is compared with the one
 * ROUGE-1.5.5 printed ({@code rouge.res}). The check passes when every difference is within
 * {@link #TOLERANCE}.
 */
public final class Duc2004Parity {
    /** The data set's folder relative to the repository root. */
    public static final String DEFAULT_DATA = "../shared/data/duc2004-rouge";
    /** Largest accepted |ours - official| for ROUGE-1 and ROUGE-2 Average_R. */
    public static final double TOLERANCE = 0.0005;
    private static final int RESAMPLES = 1000;
    private static final double CONFIDENCE = 95;

    private static final Pattern AVERAGE = Pattern.compile(
            "^(\\S+) (ROUGE-\\S+) Average_([RPF]): ([0-9.]+) \\(95%-conf\\.int\\. ([0-9.]+) - ([0-9.]+)\\)");
    private static final Pattern EVAL = Pattern.compile(
            "^(\\S+) (ROUGE-\\S+) Eval (\\S+) R:([0-9.]+) P:([0-9.]+) F:([0-9.]+)");

    /**
     * One system's result.
     *
     * @param ours             Average_R per metric as ROUGE-1.5.5 computes it (mean of bootstrap means)
     * @param oursPlainMean    the plain mean of the per-summary recalls
     * @param official         Average_R per metric from rouge.res
     * @param perSummaryAgree  per metric, how many per-summary R/P/F triples equal rouge.res's exactly
     * @param averagesAndIntervalsAgree per metric, whether Average_R/P/F and their 95% intervals all
     *                         equal rouge.res's to the printed five decimals
     */
    public record SystemResult(String system, int summaries, Map<String, Double> ours,
                               Map<String, Double> oursPlainMean, Map<String, Double> official,
                               Map<String, Integer> perSummaryAgree, Map<String, Boolean> averagesAndIntervalsAgree,
                               boolean pass) {
        public double delta(String metric) {
            return ours.get(metric) - official.get(metric);
        }
    }

    /** The whole check. */
    public record Report(String data, String rougeData, String options, double tolerance,
                         List<SystemResult> systems, boolean pass, long millis) {
        /** A plain-text table: system, ours and official ROUGE-1/2 Average_R, differences. */
        public String table() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "%-11s %4s  %8s %8s %8s  %8s %8s %8s  %s%n", "system", "n",
                    "R1 ours", "R1 off.", "delta", "R2 ours", "R2 off.", "delta", "per-summary R1/R2 equal"));
            int metricsAgree = 0;
            int metrics = 0;
            for (SystemResult s : systems) {
                sb.append(String.format(Locale.ROOT, "%-11s %4d  %8.5f %8.5f %+8.5f  %8.5f %8.5f %+8.5f  %d/%d %d/%d%s%n",
                        s.system(), s.summaries(), s.ours().get("ROUGE-1"), s.official().get("ROUGE-1"),
                        s.delta("ROUGE-1"), s.ours().get("ROUGE-2"), s.official().get("ROUGE-2"),
                        s.delta("ROUGE-2"), s.perSummaryAgree().getOrDefault("ROUGE-1", 0), s.summaries(),
                        s.perSummaryAgree().getOrDefault("ROUGE-2", 0), s.summaries(), s.pass() ? "" : "  FAIL"));
                metrics += s.averagesAndIntervalsAgree().size();
                metricsAgree += (int) s.averagesAndIntervalsAgree().values().stream().filter(b -> b).count();
            }
            sb.append(String.format(Locale.ROOT, "Average_R/P/F with 95%% intervals identical to rouge.res for %d of %d "
                    + "system x metric pairs (ROUGE-1..4)%n", metricsAgree, metrics));
            sb.append(String.format(Locale.ROOT, "%s: every ROUGE-1/ROUGE-2 Average_R within %.4f of ROUGE-1.5.5 "
                    + "(%s; word lists: %s)%n", pass ? "PASS" : "FAIL", tolerance, options, rougeData));
            return sb.toString();
        }
    }

    private Duc2004Parity() {
    }

    /**
     * Runs the check.
     *
     * @param dataDir the duc2004-rouge folder (peers/, models/, rouge.res)
     * @throws IllegalArgumentException naming the file or folder that is missing or malformed
     */
    public static Report run(Path dataDir, Rouge rouge) {
        long start = System.nanoTime();
        Path peersDir = dataDir.resolve("peers");
        Path modelsDir = dataDir.resolve("models");
        Path resFile = dataDir.resolve("rouge.res");
        for (Path p : List.of(peersDir, modelsDir)) {
            if (!Files.isDirectory(p)) {
                throw new IllegalArgumentException(p + ": missing folder (expected the DUC 2004 ROUGE data set)");
            }
        }
        if (!Files.isRegularFile(resFile)) {
            throw new IllegalArgumentException(resFile + ": missing ROUGE-1.5.5 output");
        }
        Official official = readOfficial(resFile);

        Map<String, List<Path>> modelsByCluster = new TreeMap<>();
        for (Path m : list(modelsDir)) {
            String name = m.getFileName().toString();
            int dot = name.indexOf(".m.");
            if (dot < 0) {
                throw new IllegalArgumentException(m + ": model file name is not dNNNNN.m.LEN.t.X");
            }
            modelsByCluster.computeIfAbsent(name.substring(0, dot), k -> new ArrayList<>()).add(m);
        }
        modelsByCluster.values().forEach(l -> l.sort(null));
        Map<String, Map<String, Path>> peersBySystem = new TreeMap<>();
        for (Path p : list(peersDir)) {
            String name = p.getFileName().toString();
            int dot = name.indexOf('.');
            if (dot < 0) {
                throw new IllegalArgumentException(p + ": peer file name is not dNNNNN.SYSTEM");
            }
            peersBySystem.computeIfAbsent(name.substring(dot + 1), k -> new TreeMap<>()).put(name.substring(0, dot), p);
        }

        RougeOptions options = RougeOptions.duc2004();
        Map<Path, String> texts = new HashMap<>();
        List<SystemResult> results = new ArrayList<>();
        boolean allPass = true;
        for (Map.Entry<String, Map<String, Path>> system : peersBySystem.entrySet()) {
            String name = system.getKey();
            Map<String, RougeScores> perSummary = new TreeMap<>();
            for (Map.Entry<String, Path> peer : system.getValue().entrySet()) {
                String cluster = peer.getKey();
                List<Path> modelPaths = modelsByCluster.get(cluster);
                if (modelPaths == null) {
                    throw new IllegalArgumentException(peer.getValue() + ": no model summaries " + cluster
                            + ".m.* in " + modelsDir);
                }
                List<String> models = modelPaths.stream().map(m -> texts.computeIfAbsent(m, Duc2004Parity::read))
                        .toList();
                perSummary.put(cluster + "." + name, rouge.score(read(peer.getValue()), models, options));
            }
            Map<String, AverageScore> averages = RougeAggregator.rouge155(perSummary, RESAMPLES, CONFIDENCE);
            RougeScores mean = RougeAggregator.mean(perSummary.values());
            Map<String, Double> ours = new LinkedHashMap<>();
            Map<String, Double> plain = new LinkedHashMap<>();
            Map<String, Double> off = new LinkedHashMap<>();
            Map<String, Integer> agree = new LinkedHashMap<>();
            Map<String, Boolean> averagesAgree = new LinkedHashMap<>();
            for (String metric : averages.keySet()) {
                ours.put(metric, averages.get(metric).average().recall());
                plain.put(metric, mean.get(metric).recall());
                AverageScore o = official.averages.get(name + " " + metric);
                if (o != null) {
                    off.put(metric, o.average().recall());
                    averagesAgree.put(metric, o.equals(averages.get(metric)));
                }
                int equal = 0;
                for (Map.Entry<String, RougeScores> e : perSummary.entrySet()) {
                    Prf theirs = official.perSummary.get(name + " " + metric + " " + e.getKey());
                    if (theirs != null && theirs.equals(e.getValue().get(metric))) {
                        equal++;
                    }
                }
                agree.put(metric, equal);
            }
            if (!off.containsKey("ROUGE-1") || !off.containsKey("ROUGE-2")) {
                throw new IllegalArgumentException(resFile + ": no ROUGE-1/ROUGE-2 Average_R line for system " + name);
            }
            boolean pass = Math.abs(ours.get("ROUGE-1") - off.get("ROUGE-1")) <= TOLERANCE + 1e-9
                    && Math.abs(ours.get("ROUGE-2") - off.get("ROUGE-2")) <= TOLERANCE + 1e-9;
            allPass &= pass;
            results.add(new SystemResult(name, perSummary.size(), ours, plain, off, agree, averagesAgree, pass));
        }
        if (results.isEmpty()) {
            throw new IllegalArgumentException(peersDir + ": no peer summaries");
        }
        String opts = "-n 4 -m -l 100 -p 0.5 -f A -c 95 -r 1000 -t 0";
        return new Report(dataDir.toString(), rouge.data().source(), opts, TOLERANCE, results, allPass,
                (System.nanoTime() - start) / 1_000_000);
    }

    private record Official(Map<String, AverageScore> averages, Map<String, Prf> perSummary) {
    }

    private static Official readOfficial(Path file) {
        Map<String, double[]> parts = new LinkedHashMap<>(); // key -> R, P, F averages, lower, upper
        Map<String, Prf> perSummary = new HashMap<>();
        for (String line : read(file).split("\n")) {
            Matcher m = AVERAGE.matcher(line);
            if (m.find()) {
                double[] v = parts.computeIfAbsent(m.group(1) + " " + m.group(2), k -> new double[9]);
                int x = "RPF".indexOf(m.group(3));
                v[x] = Double.parseDouble(m.group(4));
                v[3 + x] = Double.parseDouble(m.group(5));
                v[6 + x] = Double.parseDouble(m.group(6));
                continue;
            }
            m = EVAL.matcher(line);
            if (m.find()) {
                perSummary.put(m.group(1) + " " + m.group(2) + " " + m.group(3), new Prf(
                        Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5)), Double.parseDouble(m.group(6))));
            }
        }
        if (parts.isEmpty()) {
            throw new IllegalArgumentException(file + ": no 'SYSTEM ROUGE-N Average_R: x (95%-conf.int. a - b)' lines"
                    + " (not ROUGE-1.5.5 output?)");
        }
        Map<String, AverageScore> averages = new HashMap<>();
        parts.forEach((k, v) -> averages.put(k, new AverageScore(new Prf(v[0], v[1], v[2]),
                new Prf(v[3], v[4], v[5]), new Prf(v[6], v[7], v[8]))));
        return new Official(averages, perSummary);
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot list", e);
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read", e);
        }
    }
}
