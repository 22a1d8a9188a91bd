package io.concord.eval.baseline;

import io.concord.summary.ClusterText;
import io.concord.summary.SourceDocument;
import io.concord.summary.SourceFinder;
import io.concord.summary.SummarySentence;
import io.concord.summary.Terms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Greedy extractive oracle, a (lower bound of the) upper bound for sentence extraction: repeatedly adds
 * the sentence that most raises ROUGE-1 F + ROUGE-2 F of the summary against the references, until the
 * budget is filled or no sentence helps. For speed the greedy search counts n-grams itself, tokenized as
 * ROUGE does ([a-z0-9] runs, stemmed), with Concord's light stemmer instead of Porter's; the
 * benchmark then scores its summary with real ROUGE like every other system. Not a {@code Summarizer}:
 * it needs the references.
 */
public final class GreedyOracle {
    private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+");
    private final SourceFinder sources = new SourceFinder();

    /** The oracle's sentences, in the order chosen. */
    public List<SummarySentence> summarize(List<SourceDocument> documents, List<String> references, int words) {
        if (documents == null || documents.isEmpty() || references.isEmpty() || words <= 0) {
            return List.of();
        }
        ClusterText c = ClusterText.of(documents);
        int n = c.size();
        List<Map<String, Integer>> ref1 = new ArrayList<>();
        List<Map<String, Integer>> ref2 = new ArrayList<>();
        int refTotal1 = 0;
        int refTotal2 = 0;
        for (String r : references) {
            List<String> t = tokens(truncate(r, words));
            ref1.add(grams(t, 1));
            ref2.add(grams(t, 2));
            refTotal1 += t.size();
            refTotal2 += Math.max(0, t.size() - 1);
        }
        // per sentence, the ROUGE tokens of each whitespace-separated word (the unit of the word limit)
        List<List<List<String>>> sentWords = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<List<String>> ws = new ArrayList<>();
            for (String w : c.unit(i).text().strip().split("\\s+")) {
                ws.add(tokens(w));
            }
            sentWords.add(ws);
        }
        boolean[] used = new boolean[n];
        List<Integer> chosen = new ArrayList<>();
        List<List<String>> summary = new ArrayList<>();
        double current = 0;
        int total = 0;
        while (total < words) {
            int best = -1;
            double bestValue = current;
            for (int i = 0; i < n; i++) {
                if (used[i]) {
                    continue;
                }
                List<String> cut = new ArrayList<>();
                int w = 0;
                for (List<String> word : summary) {
                    cut.addAll(word);
                    w++;
                }
                for (List<String> word : sentWords.get(i)) {
                    if (w++ >= words) {
                        break;
                    }
                    cut.addAll(word);
                }
                double v = f(cut, ref1, refTotal1, 1) + f(cut, ref2, refTotal2, 2);
                if (v > bestValue + 1e-12) {
                    bestValue = v;
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            used[best] = true;
            chosen.add(best);
            summary.addAll(sentWords.get(best));
            total += c.unit(best).words();
            current = bestValue;
        }
        List<SummarySentence> out = new ArrayList<>();
        for (int i : chosen) {
            out.add(sources.summarySentence(c, i));
        }
        return out;
    }

    private static String truncate(String text, int words) {
        String[] w = text.strip().split("\\s+");
        return w.length <= words ? text : String.join(" ", java.util.Arrays.copyOf(w, words));
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String t = m.group();
            out.add(t.length() > 3 ? Terms.stem(t) : t);
        }
        return out;
    }

    private static Map<String, Integer> grams(List<String> t, int n) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i + n <= t.size(); i++) {
            m.merge(n == 1 ? t.get(i) : t.get(i) + ' ' + t.get(i + 1), 1, Integer::sum);
        }
        return m;
    }

    /** ROUGE-N F with model averaging (hits and counts pooled over the references). */
    private static double f(List<String> peer, List<Map<String, Integer>> refs, int refTotal, int n) {
        Map<String, Integer> p = grams(peer, n);
        int peerTotal = Math.max(0, peer.size() - n + 1);
        if (peerTotal == 0 || refTotal == 0) {
            return 0;
        }
        int hits = 0;
        for (Map<String, Integer> r : refs) {
            for (Map.Entry<String, Integer> e : r.entrySet()) {
                Integer c = p.get(e.getKey());
                if (c != null) {
                    hits += Math.min(c, e.getValue());
                }
            }
        }
        double recall = (double) hits / refTotal;
        double precision = (double) hits / (refs.size() * peerTotal);
        return hits == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
