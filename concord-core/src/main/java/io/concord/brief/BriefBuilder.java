package io.concord.brief;

import io.concord.article.Article;
import io.concord.article.DateSource;
import io.concord.article.Ingested;
import io.concord.article.Problem;
import io.concord.claim.Claim;
import io.concord.claim.ClaimExtractor;
import io.concord.claim.Disagreement;
import io.concord.claim.DisagreementFinder;
import io.concord.clean.FurnitureCleaner;
import io.concord.dedup.NearDuplicates;
import io.concord.entity.EntityIndex;
import io.concord.entity.EntityMerger;
import io.concord.nlp.AnalyzedArticle;
import io.concord.nlp.Analyzer;
import io.concord.nlp.Sentence;
import io.concord.quote.Quote;
import io.concord.quote.QuoteFinder;
import io.concord.summary.SourceDocument;
import io.concord.summary.SummarySentence;
import io.concord.summary.Summarizer;
import io.concord.timeline.TimelineBuilder;
import io.concord.timeline.TimelineEntry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Assembles one story's {@link Brief} from ingested articles: clean → analyse (in parallel, one analyzer per
 * thread) → entities → quotes → claims → timeline → summary. Holds the heavy resources it is given; reuse
 * one builder for many briefs.
 */
public final class BriefBuilder {
    private final List<Analyzer> analyzers;
    private final Summarizer summarizer;

    /**
     * @param analyzerFactory makes one analyzer per worker thread (CoreNLP pipelines are not thread-safe)
     * @param threads         number of analysis threads
     * @param summarizer      the summarizer (shared with the batch command and the benchmark)
     */
    public BriefBuilder(Supplier<Analyzer> analyzerFactory, int threads, Summarizer summarizer) {
        List<Analyzer> list = new ArrayList<>();
        for (int i = 0; i < Math.max(1, threads); i++) {
            list.add(analyzerFactory.get());
        }
        this.analyzers = List.copyOf(list);
        this.summarizer = Objects.requireNonNull(summarizer);
    }

    /** Options of one brief: summary length in words and an optional focus (question or keywords). */
    public record Options(int words, String focus) {
        public Options {
            if (words <= 0) {
                throw new IllegalArgumentException("summary length must be positive, got " + words);
            }
        }
    }

    public Brief build(Ingested ingested, Options options) {
        List<Problem> problems = new ArrayList<>(ingested.problems());
        List<Article> cleaned = new FurnitureCleaner().clean(ingested.articles());
        List<AnalyzedArticle> analyzed = analyse(cleaned, problems);
        List<Article> used = analyzed.stream().map(AnalyzedArticle::article).toList();

        Map<String, String> copyOf = new NearDuplicates().find(used);
        EntityIndex entities = new EntityMerger().merge(analyzed);
        List<Quote> quotes = new QuoteFinder().find(analyzed, entities);
        List<Claim> claims = new ClaimExtractor().extract(analyzed, entities);
        Map<String, LocalDate> published = new LinkedHashMap<>();
        used.stream().filter(a -> a.published() != null).forEach(a -> published.put(a.id(), a.published()));
        List<Disagreement> disagreements = disagreements(claims, copyOf, published);
        List<TimelineEntry> timeline = new TimelineBuilder().build(analyzed);
        List<SummarySentence> summary = summarise(analyzed, copyOf, options);

        return new Brief(storyInfo(used, timeline, summary), articleInfos(used, copyOf), summary,
                entities.entities(), timeline, quotes, claims, disagreements, problems);
    }

    /**
     * Disagreements among the claims of original reports only: a wire copy repeats its source's figures, so it
     * neither agrees nor disagrees on its own. Indices refer to the brief's full claim list.
     */
    private static List<Disagreement> disagreements(List<Claim> claims, Map<String, String> copyOf,
                                                    Map<String, LocalDate> published) {
        List<Integer> original = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            if (!copyOf.containsKey(claims.get(i).article())) {
                original.add(i);
            }
        }
        List<Claim> kept = original.stream().map(claims::get).toList();
        List<Disagreement> out = new ArrayList<>();
        for (Disagreement d : new DisagreementFinder().find(kept, published)) {
            out.add(new Disagreement(d.subject(), d.claims().stream().map(original::get).toList(), d.kind(),
                    d.relation(), d.explanation()));
        }
        return out;
    }

    private List<AnalyzedArticle> analyse(List<Article> articles, List<Problem> problems) {
        if (articles.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(analyzers.size());
        try {
            List<Future<AnalyzedArticle>> futures = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                Article a = articles.get(i);
                Analyzer analyzer = analyzers.get(i % analyzers.size());
                futures.add(pool.submit(() -> {
                    synchronized (analyzer) {
                        return analyzer.analyze(a);
                    }
                }));
            }
            List<AnalyzedArticle> out = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    out.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    Article a = articles.get(i);
                    problems.add(new Problem(a.path() == null ? a.id() : a.path(),
                            "analysis failed: " + e.getCause()));
                }
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while analysing", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Summarises the non-copy articles, then widens each sentence's sources with the copies of its sources:
     * a wire story reprinted by several outlets counts once in the selection but every outlet is cited.
     */
    private List<SummarySentence> summarise(List<AnalyzedArticle> analyzed, Map<String, String> copyOf,
                                            Options options) {
        List<SourceDocument> docs = new ArrayList<>();
        for (AnalyzedArticle a : analyzed) {
            if (copyOf.containsKey(a.article().id())) {
                continue;
            }
            List<String> sentences = a.sentences().stream().map(Sentence::text)
                    .map(t -> t.replaceAll("\\s+", " ").strip()).filter(BriefBuilder::readsAlone).toList();
            docs.add(new SourceDocument(a.article().id(), sentences));
        }
        List<SummarySentence> picked = summarizer.summarize(docs, options.words(), options.focus());
        List<SummarySentence> out = new ArrayList<>();
        for (SummarySentence s : picked) {
            Set<String> sources = new LinkedHashSet<>(s.sources());
            copyOf.forEach((copy, original) -> {
                if (sources.contains(original)) {
                    sources.add(copy);
                }
            });
            out.add(new SummarySentence(s.text(), s.article(), new ArrayList<>(sources)));
        }
        return out;
    }

    private static final java.util.regex.Pattern UNATTRIBUTED_QUOTE =
            java.util.regex.Pattern.compile("^[\"“„«][^\"“”„«»]*[\"”»]\\W*$");
    private static final int MIN_SUMMARY_WORDS = 6;
    /** "..., she said." or "He added that ...": the speaker is only named in another sentence. */
    private static final java.util.regex.Pattern PRONOUN_SPEAKER = java.util.regex.Pattern.compile(
            "(?i)(?:^(?:he|she|they)\\s+(?:said|says|added|adds|told|tells|noted|warned)\\b"
                    + "|[,\"”]\\s*(?:he|she|they)\\s+(?:said|says|added|adds|told|tells|noted|warned)\\W*$)");

    /**
     * A sentence a reader can take in a summary without its neighbours: not a fragment, and not a bare
     * quotation, or one whose speaker is a pronoun, since the speaker is named only in another sentence.
     */
    static boolean readsAlone(String sentence) {
        return !sentence.isEmpty() && sentence.split("\\s+").length >= MIN_SUMMARY_WORDS
                && !UNATTRIBUTED_QUOTE.matcher(sentence).matches() && !PRONOUN_SPEAKER.matcher(sentence).find();
    }

    private static List<ArticleInfo> articleInfos(List<Article> used, Map<String, String> copyOf) {
        return used.stream().map(a -> new ArticleInfo(a.id(), a.title(), a.outlet(), a.url(), a.path(),
                a.published() == null ? null : a.published().toString(),
                (a.published() == null ? DateSource.NONE : a.publishedFrom()).label(), a.words(),
                copyOf.get(a.id()))).toList();
    }

    private static StoryInfo storyInfo(List<Article> used, List<TimelineEntry> timeline,
                                       List<SummarySentence> summary) {
        List<String> outlets = used.stream().map(Article::outlet).filter(Objects::nonNull)
                .filter(o -> !o.isBlank()).distinct().toList();
        List<String> dates = new ArrayList<>();
        used.stream().map(Article::published).filter(Objects::nonNull).map(LocalDate::toString).forEach(dates::add);
        if (dates.isEmpty()) {
            timeline.stream().map(TimelineEntry::date).filter(Objects::nonNull).forEach(dates::add);
        }
        dates.sort(Comparator.naturalOrder());
        String from = dates.isEmpty() ? null : dates.get(0);
        String to = dates.isEmpty() ? null : dates.get(dates.size() - 1);
        return new StoryInfo(title(used, summary), used.size(), outlets, from, to);
    }

    /** The title of the article the summary leads with, else the first titled article. */
    private static String title(List<Article> used, List<SummarySentence> summary) {
        if (!summary.isEmpty()) {
            String lead = summary.get(0).article();
            for (Article a : used) {
                if (a.id().equals(lead) && a.title() != null && !a.title().isBlank()) {
                    return a.title();
                }
            }
        }
        return used.stream().map(Article::title).filter(Objects::nonNull).filter(t -> !t.isBlank())
                .findFirst().orElse(null);
    }
}
