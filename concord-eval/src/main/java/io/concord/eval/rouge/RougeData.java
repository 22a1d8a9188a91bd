package io.concord.eval.rouge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The two word lists ROUGE-1.5.5 reads from its data directory: WordNet 2.0's morphological exception
 * lists ({@code *.exc}, one {@code inflected base [base...]} entry a line), consulted by {@code -m}
 * before the Porter stemmer, and the SMART stopword list ({@code smart_common_words.txt}, one word a
 * line), used by {@code -s}.
 *
 * <p>Both are third-party data (WordNet licence, SMART) and are not shipped with Concord: they are
 * read at run time from a directory, by default {@value #DEFAULT_DIR} relative to the working
 * directory when it exists. Without them, {@code -m} falls back to the Porter stemmer alone (scores
 * then differ slightly from ROUGE-1.5.5 on irregular forms such as "went" or "children"), and
 * {@code -s} cannot be used.
 *
 * <p>Like ROUGE-1.5.5's database builder, the first base form of a line is kept, and a later entry for
 * the same inflected form replaces an earlier one; files are read in name order.
 */
public record RougeData(Map<String, String> exceptions, Set<String> stopwords, String source) {
    /** Where the evaluation data keeps ROUGE-1.5.5's lists, relative to the repository root. */
    public static final String DEFAULT_DIR = "../shared/data/duc2004-rouge/rouge-data";
    /** The stopword file name in a ROUGE data directory. */
    public static final String STOPWORDS_FILE = "smart_common_words.txt";

    public RougeData {
        exceptions = Collections.unmodifiableMap(new HashMap<>(exceptions));
        stopwords = Collections.unmodifiableSet(new HashSet<>(stopwords));
    }

    /** No lists: Porter stemming only, and stopword removal unavailable. */
    public static RougeData none() {
        return new RougeData(Map.of(), Set.of(), "none");
    }

    public boolean hasStopwords() {
        return !stopwords.isEmpty();
    }

    /** The lists from {@link #DEFAULT_DIR} when that directory exists, otherwise {@link #none()}. */
    public static RougeData defaults() {
        return findDefault().map(RougeData::load).orElseGet(RougeData::none);
    }

    /** {@link #DEFAULT_DIR} if it exists. */
    public static Optional<Path> findDefault() {
        Path dir = Path.of(DEFAULT_DIR);
        return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
    }

    /**
     * Reads {@code dir/*.exc} and {@code dir/smart_common_words.txt}.
     *
     * @throws IllegalArgumentException naming the directory when it is missing or holds neither list
     * @throws UncheckedIOException     naming the file when one cannot be read
     */
    public static RougeData load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + ": not a directory (expected ROUGE-1.5.5 data: *.exc, "
                    + STOPWORDS_FILE + ")");
        }
        List<Path> excFiles;
        try (Stream<Path> files = Files.list(dir)) {
            excFiles = files.filter(p -> p.getFileName().toString().endsWith(".exc")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot list directory", e);
        }
        Map<String, String> exceptions = new HashMap<>();
        for (Path file : excFiles) {
            for (String line : readLines(file)) {
                String[] fields = line.trim().split("\\s+");
                if (fields.length >= 2) {
                    exceptions.put(fields[0], fields[1]);
                }
            }
        }
        Path stopFile = dir.resolve(STOPWORDS_FILE);
        Set<String> stopwords = new HashSet<>();
        if (Files.isRegularFile(stopFile)) {
            for (String line : readLines(stopFile)) {
                if (!line.isEmpty()) {
                    stopwords.add(line);
                }
            }
        }
        if (exceptions.isEmpty() && stopwords.isEmpty()) {
            throw new IllegalArgumentException(dir + ": holds no *.exc exception list and no " + STOPWORDS_FILE);
        }
        return new RougeData(exceptions, stopwords, dir.toString());
    }

    private static List<String> readLines(Path file) {
        try {
            return new ArrayList<>(Files.readAllLines(file, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read", e);
        }
    }
}
