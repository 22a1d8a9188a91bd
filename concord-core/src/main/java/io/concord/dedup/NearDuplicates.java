package io.concord.dedup;

import io.concord.article.Article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds wire copies and other near-duplicate articles in a run with MinHash over word 5-gram shingles.
 * A candidate pair (estimated Jaccard similarity at least {@link #CANDIDATE}) is confirmed when the exact
 * shingle overlap covers at least {@link #CONTAINMENT} of the shorter article, so a wire story that one
 * outlet trimmed or topped with its own line is still a copy. Each copy points at the earliest-published
 * (then first-read) article of its group.
 */
public final class NearDuplicates {
    static final int SHINGLE = 5;
    static final int HASHES = 128;
    static final double CANDIDATE = 0.3;
    static final double CONTAINMENT = 0.8;
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final long[] seedsA = new long[HASHES];
    private final long[] seedsB = new long[HASHES];

    public NearDuplicates() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(0x5eed_c0de_2012L);
        for (int i = 0; i < HASHES; i++) {
            seedsA[i] = r.nextLong() | 1L;
            seedsB[i] = r.nextLong();
        }
    }

    /** Map from the id of each copy to the id of the article it copies; originals are absent. */
    public Map<String, String> find(List<Article> articles) {
        List<Article> order = new ArrayList<>(articles);
        order.sort(Comparator.comparing((Article a) -> a.published() == null ? java.time.LocalDate.MAX : a.published())
                .thenComparing(articles::indexOf));
        List<Set<Long>> shingles = new ArrayList<>();
        List<long[]> signatures = new ArrayList<>();
        for (Article a : order) {
            Set<Long> s = shingles(a.text());
            shingles.add(s);
            signatures.add(signature(s));
        }
        Map<String, String> copyOf = new HashMap<>();
        for (int j = 0; j < order.size(); j++) {
            if (shingles.get(j).isEmpty()) {
                continue;
            }
            for (int i = 0; i < j; i++) {
                String original = order.get(i).id();
                if (copyOf.containsKey(original) || shingles.get(i).isEmpty()) {
                    continue;
                }
                if (estimate(signatures.get(i), signatures.get(j)) >= CANDIDATE
                        && containment(shingles.get(i), shingles.get(j)) >= CONTAINMENT) {
                    copyOf.put(order.get(j).id(), original);
                    break;
                }
            }
        }
        return copyOf;
    }

    static Set<Long> shingles(String text) {
        String[] words = NON_WORD.split(text.toLowerCase(Locale.ROOT).strip());
        Set<Long> out = new HashSet<>();
        for (int i = 0; i + SHINGLE <= words.length; i++) {
            long h = 1125899906842597L;
            for (int k = i; k < i + SHINGLE; k++) {
                h = 31 * h + words[k].hashCode();
            }
            out.add(h);
        }
        return out;
    }

    private long[] signature(Set<Long> shingles) {
        long[] sig = new long[HASHES];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < HASHES; i++) {
                long h = mix(s * seedsA[i] + seedsB[i]);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    private static double estimate(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) a.length;
    }

    /** Share of the smaller set's shingles that the other set also has. */
    static double containment(Set<Long> a, Set<Long> b) {
        Set<Long> small = a.size() <= b.size() ? a : b;
        Set<Long> large = small == a ? b : a;
        long common = small.stream().filter(large::contains).count();
        return small.isEmpty() ? 0 : common / (double) small.size();
    }
}
