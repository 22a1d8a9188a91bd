package io.concord.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import io.concord.article.Article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The CoreNLP adapter: the only class that runs Stanford CoreNLP. One instance holds one pipeline
 * (tokenize, ssplit, pos, lemma, coarse NER with numbers and SUTime); it is not thread-safe.
 * Time expressions are resolved against the article's publication date and then corrected for news
 * by {@link NewsDateCorrector}.
 */
public final class CoreNlpAnalyzer implements Analyzer {
    private static final Set<String> TIME_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");

    private final StanfordCoreNLP pipeline;
    private final boolean newsDates;

    public CoreNlpAnalyzer() {
        this(defaultProperties());
    }

    public CoreNlpAnalyzer(Properties properties) {
        this(properties, true);
    }

    /**
     * @param newsDates whether to apply {@link NewsDateCorrector} to SUTime's values (true for news;
     *                  false gives SUTime's own resolution, for measuring the correction)
     */
    public CoreNlpAnalyzer(Properties properties, boolean newsDates) {
        this.pipeline = new StanfordCoreNLP(properties);
        this.newsDates = newsDates;
    }

    /** The pipeline Concord uses: coarse NER (fine-grained NER is ~3x slower), numbers and SUTime on. */
    public static Properties defaultProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("ner.applyNumericClassifiers", "true");
        // with ranges on, SUTime silently drops expressions whose range it cannot compute
        // ("Sunday night", "the fourth quarter" in some documents); Concord does not use ranges
        p.setProperty("sutime.includeRange", "false");
        p.setProperty("sutime.markTimeRanges", "false");
        p.setProperty("tokenize.options", "untokenizable=noneDelete,normalizeParentheses=false,normalizeOtherBrackets=false");
        return p;
    }

    @Override
    public AnalyzedArticle analyze(Article article) {
        String text = article.text();
        Annotation doc = new Annotation(text);
        LocalDate published = article.published();
        if (published != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
        }
        pipeline.annotate(doc);
        int[] paragraphStarts = paragraphStarts(text);
        List<Sentence> sentences = new ArrayList<>();
        List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        for (CoreMap s : coreSentences) {
            int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            int firstToken = labels.isEmpty() ? 0 : labels.get(0).index();
            List<Token> tokens = new ArrayList<>(labels.size());
            for (CoreLabel l : labels) {
                tokens.add(new Token(l.word(), l.lemma(), l.tag(), l.ner() == null ? "O" : l.ner(),
                        l.beginPosition(), l.endPosition()));
            }
            List<Mention> mentions = new ArrayList<>();
            List<TimeExpression> rawTimes = new ArrayList<>();
            List<String> rawTids = new ArrayList<>();
            List<CoreMap> ms = s.get(CoreAnnotations.MentionsAnnotation.class);
            if (ms != null) {
                for (CoreMap m : ms) {
                    String tag = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
                    int mb = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                    int me = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                    String mtext = text.substring(mb, me);
                    EntityType type = entityType(tag);
                    List<CoreLabel> mt = m.get(CoreAnnotations.TokensAnnotation.class);
                    if (type != null && !isPronoun(mt)) {
                        int tb = mt.get(0).index() - firstToken;
                        int te = mt.get(mt.size() - 1).index() - firstToken + 1;
                        mentions.add(new Mention(mtext, type, mb, me, tb, te));
                    }
                    Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
                    // a timex on a PERSON/ORGANIZATION mention is a name the NER kept ("Zhai Jun")
                    if (timex != null && TIME_TAGS.contains(tag)) {
                        String value = timex.value() != null ? timex.value() : timex.altVal();
                        int last = rawTimes.size() - 1;
                        // CoreNLP can cut one timex into several mentions ("Wednesday" + "night"): join them
                        if (last >= 0 && timex.tid() != null && timex.tid().equals(rawTids.get(last))
                                && text.substring(rawTimes.get(last).end(), mb).isBlank()) {
                            TimeExpression prev = rawTimes.get(last);
                            rawTimes.set(last, new TimeExpression(text.substring(prev.begin(), me), prev.type(),
                                    prev.value(), prev.begin(), me));
                        } else {
                            rawTimes.add(new TimeExpression(mtext, timex.timexType(), value, mb, me));
                            rawTids.add(timex.tid());
                        }
                    }
                }
            }
            List<TimeExpression> times = new ArrayList<>(rawTimes.size());
            for (TimeExpression raw : rawTimes) {
                if (DateFalsePositives.isFalsePositive(raw, tokens)) {
                    continue;
                }
                String value = raw.value();
                if (newsDates) {
                    value = NewsDateCorrector.correct(raw.text(), value, published,
                            TenseCue.isFuture(tokens, raw.begin(), raw.end()));
                }
                times.add(new TimeExpression(raw.text(), raw.type(), value, raw.begin(), raw.end()));
            }
            sentences.add(new Sentence(sentences.size(), paragraphOf(paragraphStarts, begin),
                    text.substring(begin, end), begin, end, tokens, mentions, times));
        }
        return new AnalyzedArticle(article, sentences);
    }

    private static boolean isPronoun(List<CoreLabel> tokens) {
        return tokens.size() == 1 && tokens.get(0).tag() != null && tokens.get(0).tag().startsWith("PRP");
    }

    private static EntityType entityType(String tag) {
        if (tag == null) {
            return null;
        }
        return switch (tag) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> EntityType.LOCATION;
            case "MISC", "NATIONALITY" -> EntityType.MISC;
            default -> null;
        };
    }

    /** Offsets where paragraphs start: the text start and every position after a blank line. */
    static int[] paragraphStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int i = text.indexOf("\n\n");
        while (i >= 0) {
            int j = i;
            while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            starts.add(j);
            i = text.indexOf("\n\n", j);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    static int paragraphOf(int[] starts, int offset) {
        int p = 0;
        for (int k = 0; k < starts.length; k++) {
            if (starts[k] <= offset) {
                p = k;
            } else {
                break;
            }
        }
        return p;
    }
}
