package io.concord.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words that name a person's title or occupation ("president", "minister", "spokesperson", "activist"),
 * words that modify a title ("vice", "foreign", "deputy") and honorifics ("Mr", "Dr").
 *
 * <p>The titles come from the TITLE class of the KBP gazetteer that ships in the Stanford CoreNLP models
 * jar ({@value #RESOURCE}, about 26,000 titles): a title's last word is a <em>head</em>, its other words are
 * <em>modifiers</em>. Loading takes a few hundred milliseconds: use {@link #standard()}, which loads once.
 */
public final class TitleLexicon {
    /** The CoreNLP gazetteer the titles are read from (a data file in the models jar). */
    public static final String RESOURCE = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";

    private static final Pattern REGEX_META = Pattern.compile("[*\\[\\](){}|+?^$\\\\]");
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "and", "or", "the", "for", "to", "in", "on",
            "at", "a", "an", "&", "by", "with", "off", "out", "up", "end", "from", "de", "la", "le", "du");
    /** Modifiers of time and status that the gazetteer lists only inside longer titles. */
    private static final Set<String> STATUS_MODIFIERS = Set.of("former", "ex", "acting", "interim", "outgoing",
            "incoming", "then", "late", "deputy", "vice", "chief", "senior", "top");
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir",
            "dame", "lord", "lady", "mme", "mlle", "messrs", "rev", "hon");

    /** Titles written before a name as part of it ("President X", "Baroness X", "Gen. X"). */
    private static final Set<String> NAME_PREFIXES = Set.of("president", "minister", "premier", "chancellor",
            "secretary", "senator", "sen", "representative", "rep", "congressman", "congresswoman", "governor",
            "gov", "mayor", "ambassador", "commissioner", "chairman", "chairwoman", "judge", "justice", "king",
            "queen", "prince", "princess", "emperor", "empress", "duke", "duchess", "earl", "count", "countess",
            "baron", "baroness", "sheikh", "sheik", "emir", "sultan", "pope", "cardinal", "bishop", "archbishop",
            "rabbi", "imam", "ayatollah", "general", "gen", "colonel", "col", "lieutenant", "lt", "major", "maj",
            "captain", "capt", "sergeant", "sgt", "admiral", "adm", "commander", "marshal", "president-elect",
            "officer", "inspector", "detective", "chief", "saint", "st", "father", "pastor", "reverend");
    private final Set<String> heads;
    private final Set<String> modifiers;

    /** A lexicon from explicit word sets (lower case); mainly for tests. Honorifics are built in. */
    public TitleLexicon(Set<String> heads, Set<String> modifiers) {
        this.heads = Set.copyOf(lower(heads));
        Set<String> mods = new HashSet<>(lower(modifiers));
        mods.addAll(STATUS_MODIFIERS);
        this.modifiers = Set.copyOf(mods);
    }

    private static final class Holder {
        static final TitleLexicon STANDARD = load();
    }

    /** The lexicon read from the CoreNLP gazetteer; loaded on first use and shared (it is immutable). */
    public static TitleLexicon standard() {
        return Holder.STANDARD;
    }

    private static TitleLexicon load() {
        InputStream in = TitleLexicon.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("title gazetteer " + RESOURCE
                    + " not found on the classpath: the stanford-corenlp models jar is required");
        }
        Set<String> heads = new HashSet<>();
        Set<String> modifiers = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = r.readLine()) != null) {
                int t1 = line.indexOf('\t');
                if (t1 < 0 || !line.startsWith("TITLE\t", t1 + 1)) {
                    continue;
                }
                String entry = line.substring(0, t1).replace("\\.", ".").toLowerCase(Locale.ROOT);
                if (REGEX_META.matcher(entry).find()) {
                    continue;
                }
                String[] words = entry.trim().split("\\s+");
                for (int i = 0; i < words.length; i++) {
                    String w = words[i];
                    if (FUNCTION_WORDS.contains(w) || w.length() < 2 || !w.chars().allMatch(
                            c -> Character.isLetter(c) || c == '-' || c == '.')) {
                        continue;
                    }
                    if (i == words.length - 1) {
                        if (w.length() >= 3) {
                            heads.add(w);
                        }
                    } else {
                        modifiers.add(w);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read title gazetteer " + RESOURCE, e);
        }
        return new TitleLexicon(heads, modifiers);
    }

    private static Set<String> lower(Set<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(w.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static String norm(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    /** True when the word can end a title ("president", "secretary-general", "spokesperson"). */
    public boolean isTitle(String word) {
        String w = norm(word);
        return heads.contains(w) || heads.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True when the word can stand inside a title before its head ("vice", "foreign", "deputy", "former"). */
    public boolean isModifier(String word) {
        return modifiers.contains(norm(word));
    }

    /** True for honorifics such as "Mr", "Mrs.", "Dr": they precede names but are not roles. */
    public boolean isHonorific(String word) {
        return HONORIFICS.contains(norm(word));
    }

    /** True for an honorific or a title conventionally written before a name ("President", "Gen."). */
    public boolean isNamePrefix(String word) {
        return isHonorific(word) || NAME_PREFIXES.contains(norm(word));
    }

    /**
     * How many leading words of a name are a title ("Vice President Ana Silva" → 2, "Mr Vale" → 1,
     * "Hunter Baker" → 0): capitalised modifiers and titles ending with a title conventionally written before
     * names ({@link #isNamePrefix}); at least one word is always left.
     */
    public int titlePrefixLength(List<String> words) {
        int best = 0;
        for (int k = 0; k < words.size() - 1; k++) {
            String w = words.get(k);
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
                break;
            }
            if (isNamePrefix(w)) {
                best = k + 1;
            } else if (!isModifier(w) && !isTitle(w)) {
                break;
            }
        }
        return best;
    }

    /** Number of title heads known (for diagnostics). */
    public int size() {
        return heads.size();
    }
}
