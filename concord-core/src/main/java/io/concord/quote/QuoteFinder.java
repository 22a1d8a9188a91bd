package io.concord.quote;

import io.concord.entity.EntityIndex;
import io.concord.nlp.AnalyzedArticle;
import io.concord.nlp.EntityType;
import io.concord.nlp.Sentence;
import io.concord.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the direct quotations of a story's articles and who said them.
 *
 * <p>Quotations are the text between double quotation marks (straight or curly), including quotes running
 * over several sentences and over paragraphs (a paragraph that opens with a quotation mark continues the
 * previous paragraph's unclosed quote). The speaker comes from the nearest reporting verb outside the marks,
 * before or after the quotation ({@code "...," Zhai said}, {@code said Zhai, whose ...},
 * {@code X told reporters that "..."}, {@code X was quoted by TV as saying}, {@code according to X}), from an
 * introduction ending in a colon, or, for a quotation with no attribution of its own, from the attributed
 * quotation in the same or previous paragraph. Pronouns and definite descriptions ("he", "the minister",
 * "the ministry") resolve to the most recent compatible named entity. Quotations of three words or fewer are
 * scare quotes ({@code a forced "regime change"}) and dropped unless a reporting verb governs them directly
 * ({@code told reporters that "we are right"}, {@code "Never," he said}).
 */
public final class QuoteFinder {
    /** Quotations with at most this many words need a directly governing reporting verb to count. */
    static final int SCARE_QUOTE_MAX_WORDS = 3;

    /** Which quotations of at most three words count as quotes. */
    public enum ShortQuotes {
        /** Only those a reporting verb governs directly ({@code "Never," he said}; {@code told reporters that "..."}). */
        DIRECT,
        /** Also those inside reported speech ({@code she said the plan was "a mistake"}); title-case names are still dropped. */
        REPORTED
    }

    private final ShortQuotes shortQuotes;

    /** A finder that keeps short quotations only when a reporting verb governs them directly. */
    public QuoteFinder() {
        this(ShortQuotes.DIRECT);
    }

    public QuoteFinder(ShortQuotes shortQuotes) {
        this.shortQuotes = java.util.Objects.requireNonNull(shortQuotes, "shortQuotes");
    }

    /**
     * The quotations of all articles of one story, in article order and text order within each article.
     *
     * @param articles the story's analysed articles (names are completed across all of them)
     * @param entities the story's merged entities; may be empty or null, and then speaker ids are null and
     *                 speaker names come from the PERSON mentions of the story
     */
    public List<Quote> find(List<AnalyzedArticle> articles, EntityIndex entities) {
        EntityIndex index = entities == null ? new EntityIndex(List.of(), java.util.Map.of()) : entities;
        SpeakerResolver resolver = new SpeakerResolver(articles, index);
        List<Quote> quotes = new ArrayList<>();
        for (AnalyzedArticle a : articles) {
            quotes.addAll(find(a, resolver));
        }
        return quotes;
    }

    private List<Quote> find(AnalyzedArticle article, SpeakerResolver resolver) {
        String text = article.article().text();
        List<QuoteSpan> spans = QuoteSpans.find(text);
        AttributionFinder finder = new AttributionFinder(article, spans);
        List<SpeakerResolver.Placed> recent = attributedSpeakers(article, finder, resolver);
        List<Quote> out = new ArrayList<>();
        Speaker lastSpeaker = null;
        int lastParagraph = -10;
        int lastSentence = -10;
        int i = 0;
        while (i < spans.size()) {
            int j = i;
            while (j + 1 < spans.size() && spans.get(j + 1).continues() && !spans.get(j).closed()) {
                j++;
            }
            List<QuoteSpan> group = spans.subList(i, j + 1);
            i = j + 1;
            QuoteSpan first = group.get(0);
            QuoteSpan last = group.get(group.size() - 1);
            Attribution attribution = finder.find(first, last);
            int words = 0;
            for (QuoteSpan s : group) {
                words += words(text, s);
            }
            if (words <= SCARE_QUOTE_MAX_WORDS && (attribution == null || isTitle(text, first)
                    || !attribution.direct() && shortQuotes == ShortQuotes.DIRECT)) {
                continue;
            }
            Sentence startSentence = article.sentences().isEmpty() ? null
                    : article.sentences().get(finder.sentenceAt(first.open()));
            int paragraph = startSentence == null ? 0 : startSentence.paragraph();
            Speaker speaker = null;
            String cue = null;
            if (attribution != null) {
                speaker = resolver.resolve(article, attribution.subject(), recentBefore(recent, startSentence));
                cue = attribution.cue();
            } else {
                speaker = previousSpeaker(article, recent, startSentence, lastSpeaker, lastParagraph, lastSentence);
            }
            if (attribution != null || speaker != null) {
                lastSpeaker = speaker;
                lastParagraph = paragraph;
                lastSentence = startSentence == null ? 0 : startSentence.index();
            }
            for (QuoteSpan s : group) {
                out.add(new Quote(text.substring(s.begin(), s.end()), speaker == null ? null : speaker.id(),
                        speaker == null ? null : speaker.name(), cue, article.article().id(), s.begin(), s.end()));
            }
        }
        return out;
    }

    /** Named person and organisation subjects of every reporting verb in the article, in text order. */
    private static List<SpeakerResolver.Placed> attributedSpeakers(AnalyzedArticle article, AttributionFinder finder,
                                                                    SpeakerResolver resolver) {
        List<SpeakerResolver.Placed> placed = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            SubjectFinder subjects = finder.subjects(s);
            List<Token> ts = s.tokens();
            for (int i = 0; i < ts.size(); i++) {
                if (finder.isQuoted(s.index(), i) || !SpeechVerbs.isSpeechVerb(ts, i)) {
                    continue;
                }
                Subject subject = subjects.leftOf(i);
                if (subject == null || subject.kind() != Subject.Kind.NAME || subject.mention() == null) {
                    continue;
                }
                EntityType type = subject.mention().type();
                if (type == EntityType.PERSON || type == EntityType.ORGANIZATION) {
                    placed.add(new SpeakerResolver.Placed(s.index(),
                            resolver.name(article.article().id(), subject.mention(), subject.text())));
                }
            }
        }
        return placed;
    }

    private static List<SpeakerResolver.Placed> recentBefore(List<SpeakerResolver.Placed> all, Sentence s) {
        if (s == null) {
            return List.of();
        }
        List<SpeakerResolver.Placed> out = new ArrayList<>();
        for (SpeakerResolver.Placed p : all) {
            if (p.sentence() < s.index()) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * The speaker an unattributed quotation continues: the speaker of the previous attributed quotation in the
     * same or the previous paragraph, or the named subject of a reporting verb in the sentence just before it
     * in the same paragraph ({@code His partner, Lawrence Cummings, called him a master. "He showed ..."}),
     * whichever is nearer.
     */
    private static Speaker previousSpeaker(AnalyzedArticle article, List<SpeakerResolver.Placed> recent,
                                           Sentence start, Speaker lastSpeaker, int lastParagraph, int lastSentence) {
        if (start == null) {
            return null;
        }
        if (start.index() > 0) {
            Sentence previous = article.sentences().get(start.index() - 1);
            if (previous.paragraph() == start.paragraph() && lastSentence < previous.index()) {
                for (int k = recent.size() - 1; k >= 0; k--) {
                    if (recent.get(k).sentence() == previous.index()) {
                        return recent.get(k).speaker();
                    }
                }
            }
        }
        return lastSpeaker != null && start.paragraph() - lastParagraph <= 1 ? lastSpeaker : null;
    }

    /** A short quotation in title case ("Fox News Sunday", "Morning Joe") names a show or a work, not speech. */
    private static boolean isTitle(String text, QuoteSpan s) {
        String inner = text.substring(s.begin(), s.end()).strip();
        if (inner.endsWith(".") || inner.endsWith("!") || inner.endsWith("?")) {
            return false;
        }
        int capitalised = 0;
        for (String w : inner.split("\\s+")) {
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            if (!Character.isUpperCase(w.charAt(0))) {
                return false;
            }
            capitalised++;
        }
        return capitalised >= 2;
    }

    private static int words(String text, QuoteSpan s) {
        int n = 0;
        for (String w : text.substring(s.begin(), s.end()).split("\\s+")) {
            if (w.chars().anyMatch(Character::isLetterOrDigit)) {
                n++;
            }
        }
        return n;
    }
}
