package io.concord.eval.entity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.concord.entity.EntityIndex;
import io.concord.entity.EntityMerger;
import io.concord.eval.meantime.GoldMention;
import io.concord.eval.meantime.MeantimeDocument;
import io.concord.eval.meantime.MeantimeReader;
import io.concord.nlp.AnalyzedArticle;
import io.concord.nlp.Analyzer;
import io.concord.nlp.Mention;
import io.concord.nlp.Sentence;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Cross-document entity merging on MEANTIME (NewsReader; 4 topic corpora of 30 Wikinews articles with
 * corpus-level entity instances). Each corpus is analysed with the given {@link Analyzer} and merged as one
 * story; each gold name mention (syntactic type NAM or PRE.NAM) is aligned with the CoreNLP mention that
 * overlaps it most, and the aligned mentions are scored with B³, MUC and pairwise F1 against the gold
 * instances. Baselines on the same mentions: exact surface string, and lower-cased string.
 */
public final class EntityMergeBenchmark {
    private EntityMergeBenchmark() {
    }

    /** Scores of one system over the aligned mentions. */
    public record SystemResult(String system, CorefMetrics.Score bCubed, CorefMetrics.Score muc,
                               CorefMetrics.Score pairwise, int clusters) {
    }

    public record CorpusResult(String corpus, int documents, int goldNameMentions, int alignedMentions,
                               int goldInstances, double analysisSeconds, double mergeMillis,
                               List<SystemResult> systems) {
    }

    /**
     * A merging error of EntityMerger, for inspection: a gold instance split over several entities
     * ("split"), or an entity holding several gold instances ("join"), with the surface forms of each part.
     */
    public record MergeError(String kind, String corpus, String id, List<String> parts) {
    }

    public record Result(String benchmark, String data, int documents, int goldNameMentions, int alignedMentions,
                         double analysisSeconds, double mergeMillis, List<SystemResult> overall,
                         List<CorpusResult> corpora, List<MergeError> errors) {
    }

    private record Aligned(String corpus, String instance, String articleId, Mention mention) {
    }

    /**
     * @param dir      the {@code intra_cross-doc_annotation} folder of MEANTIME, or the MEANTIME root
     * @param maxDocs  at most this many documents per corpus (0 = all)
     */
    public static Result run(Path dir, Analyzer analyzer, int maxDocs) throws IOException {
        Path base = Files.isDirectory(dir.resolve("intra_cross-doc_annotation"))
                ? dir.resolve("intra_cross-doc_annotation") : dir;
        List<Path> corpora;
        try (Stream<Path> s = Files.list(base)) {
            corpora = s.filter(Files::isDirectory).sorted().toList();
        }
        if (corpora.isEmpty()) {
            throw new IOException(base + ": no MEANTIME corpus folders (expected corpus_*/ with *.xml)");
        }
        EntityMerger merger = new EntityMerger();
        List<CorpusResult> results = new ArrayList<>();
        List<Aligned> all = new ArrayList<>();
        Map<String, EntityIndex> indexes = new LinkedHashMap<>();
        int docs = 0;
        int goldTotal = 0;
        double analysisTotal = 0;
        double mergeTotal = 0;
        for (Path corpus : corpora) {
            String name = corpus.getFileName().toString();
            List<Path> files;
            try (Stream<Path> s = Files.list(corpus)) {
                files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
            }
            if (maxDocs > 0 && files.size() > maxDocs) {
                files = files.subList(0, maxDocs);
            }
            List<MeantimeDocument> gold = new ArrayList<>();
            List<AnalyzedArticle> analysed = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int i = 0; i < files.size(); i++) {
                MeantimeDocument d = MeantimeReader.read(files.get(i), name + "-" + (i + 1));
                gold.add(d);
                analysed.add(analyzer.analyze(d.article()));
            }
            double analysis = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            EntityIndex index = merger.merge(analysed);
            double merge = (System.nanoTime() - t1) / 1e6;
            indexes.put(name, index);
            List<Aligned> aligned = new ArrayList<>();
            int goldNames = 0;
            for (int i = 0; i < gold.size(); i++) {
                List<GoldMention> names = gold.get(i).mentions().stream()
                        .filter(g -> g.syntacticType().equals("NAM") || g.syntacticType().equals("PRE.NAM")).toList();
                goldNames += names.size();
                aligned.addAll(align(name, names, analysed.get(i)));
            }
            long instances = aligned.stream().map(Aligned::instance).distinct().count();
            results.add(new CorpusResult(name, files.size(), goldNames, aligned.size(), (int) instances, analysis,
                    merge, score(aligned, indexes)));
            all.addAll(aligned);
            docs += files.size();
            goldTotal += goldNames;
            analysisTotal += analysis;
            mergeTotal += merge;
        }
        return new Result("entities-meantime", base.toString(), docs, goldTotal, all.size(), analysisTotal,
                mergeTotal, score(all, indexes), results, errors(all, indexes));
    }

    /** Each gold name mention with the unused system mention overlapping it most (none: left out). */
    private static List<Aligned> align(String corpus, List<GoldMention> gold, AnalyzedArticle a) {
        List<Mention> system = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            system.addAll(s.mentions());
        }
        List<Aligned> out = new ArrayList<>();
        boolean[] used = new boolean[system.size()];
        for (GoldMention g : gold) {
            int best = -1;
            int bestOverlap = 0;
            for (int i = 0; i < system.size(); i++) {
                Mention m = system.get(i);
                int overlap = Math.min(g.end(), m.end()) - Math.max(g.begin(), m.begin());
                if (!used[i] && overlap > bestOverlap) {
                    best = i;
                    bestOverlap = overlap;
                }
            }
            if (best >= 0) {
                used[best] = true;
                out.add(new Aligned(corpus, g.instance(), a.article().id(), system.get(best)));
            }
        }
        return out;
    }

    private static String entityOf(Aligned x, Map<String, EntityIndex> indexes) {
        String id = indexes.get(x.corpus()).mentionToEntity().get(EntityIndex.key(x.articleId(), x.mention().begin()));
        return id == null ? "junk" : id;
    }

    /** Split gold instances and joined entities, largest first. */
    private static List<MergeError> errors(List<Aligned> all, Map<String, EntityIndex> indexes) {
        Map<String, Map<String, java.util.Set<String>>> byGold = new LinkedHashMap<>();
        Map<String, Map<String, java.util.Set<String>>> bySystem = new LinkedHashMap<>();
        for (Aligned x : all) {
            String e = x.corpus() + " " + entityOf(x, indexes);
            String g = x.corpus() + " " + x.instance();
            byGold.computeIfAbsent(g, k -> new LinkedHashMap<>())
                    .computeIfAbsent(entityOf(x, indexes), k -> new java.util.TreeSet<>()).add(x.mention().text());
            bySystem.computeIfAbsent(e, k -> new LinkedHashMap<>())
                    .computeIfAbsent(x.instance(), k -> new java.util.TreeSet<>()).add(x.mention().text());
        }
        List<MergeError> out = new ArrayList<>();
        collect("split", byGold, out);
        collect("join", bySystem, out);
        return out;
    }

    private static void collect(String kind, Map<String, Map<String, java.util.Set<String>>> groups,
                                List<MergeError> out) {
        groups.forEach((key, parts) -> {
            if (parts.size() > 1) {
                List<String> p = new ArrayList<>();
                parts.forEach((id, forms) -> p.add(id + " " + forms));
                String[] k = key.split(" ", 2);
                out.add(new MergeError(kind, k[0], k[1], p));
            }
        });
    }

    private static List<SystemResult> score(List<Aligned> aligned, Map<String, EntityIndex> indexes) {
        List<String> gold = aligned.stream().map(x -> x.corpus() + ":" + x.instance()).toList();
        List<SystemResult> out = new ArrayList<>();
        out.add(system("exact string", gold, aligned, x -> x.corpus() + ":" + x.mention().text()));
        out.add(system("lower-cased string", gold, aligned,
                x -> x.corpus() + ":" + x.mention().text().toLowerCase(Locale.ROOT)));
        out.add(system("EntityMerger", gold, aligned, x -> {
            String id = indexes.get(x.corpus()).mentionToEntity()
                    .get(EntityIndex.key(x.articleId(), x.mention().begin()));
            return x.corpus() + ":" + (id == null ? "junk@" + x.articleId() + "@" + x.mention().begin() : id);
        }));
        return out;
    }

    private static SystemResult system(String name, List<String> gold, List<Aligned> aligned,
                                       Function<Aligned, String> label) {
        List<String> sys = aligned.stream().map(label).toList();
        return new SystemResult(name, CorefMetrics.bCubed(gold, sys), CorefMetrics.muc(gold, sys),
                CorefMetrics.pairwise(gold, sys), (int) sys.stream().distinct().count());
    }

    public static void printTable(Result r, PrintStream out) {
        out.printf(Locale.ROOT, "Entity merging on MEANTIME (%s): %d documents, %d gold name mentions, %d aligned"
                        + " with CoreNLP mentions; analysis %.1f s, merge %.1f ms%n",
                r.data(), r.documents(), r.goldNameMentions(), r.alignedMentions(), r.analysisSeconds(),
                r.mergeMillis());
        out.printf(Locale.ROOT, "%-22s %-20s %6s %6s %6s | %6s %6s %6s | %6s %6s %6s | %8s%n", "corpus", "system",
                "B3 P", "B3 R", "B3 F1", "MUC P", "MUC R", "MUC F1", "pair P", "pair R", "pair F1", "clusters");
        for (CorpusResult c : r.corpora()) {
            for (SystemResult s : c.systems()) {
                row(out, c.corpus(), s);
            }
        }
        for (SystemResult s : r.overall()) {
            row(out, "ALL (micro)", s);
        }
    }

    private static void row(PrintStream out, String corpus, SystemResult s) {
        out.printf(Locale.ROOT, "%-22s %-20s %6.2f %6.2f %6.2f | %6.2f %6.2f %6.2f | %6.2f %6.2f %6.2f | %8d%n",
                corpus, s.system(), 100 * s.bCubed().precision(), 100 * s.bCubed().recall(), 100 * s.bCubed().f1(),
                100 * s.muc().precision(), 100 * s.muc().recall(), 100 * s.muc().f1(),
                100 * s.pairwise().precision(), 100 * s.pairwise().recall(), 100 * s.pairwise().f1(), s.clusters());
    }

    public static void writeJson(Result r, Path file) throws IOException {
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), r);
    }
}
