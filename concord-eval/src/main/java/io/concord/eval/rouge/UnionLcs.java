package io.concord.eval.rouge;

import java.util.List;

/**
 * The union longest common subsequence of ROUGE-L at summary level (Lin 2004, section 3.2): a model
 * sentence is aligned with every peer sentence in turn, and a model token counts as hit when it lies
 * on the LCS with any of them.
 *
 * <p>Which of several equally long subsequences is marked matters for the union. As in ROUGE-1.5.5,
 * the DP table is filled with "match: diagonal; else up when c[i-1][j] &gt;= c[i][j-1]; else left" and one
 * path is traced back from the bottom-right corner. The trace repeats those decisions from the table,
 * so no table of moves is kept. Tokens are given as ids (equal tokens, equal ids).
 */
final class UnionLcs {
    private UnionLcs() {
    }

    /** For each token of {@code model}, whether it lies on the LCS with at least one peer sentence. */
    static boolean[] mask(int[] model, List<int[]> peerSentences) {
        boolean[] hit = new boolean[model.length];
        if (model.length == 0) {
            return hit;
        }
        int[] table = new int[0];
        for (int[] peer : peerSentences) {
            int size = (model.length + 1) * (peer.length + 1);
            if (table.length < size) {
                table = new int[size];
            }
            mark(model, peer, hit, table);
        }
        return hit;
    }

    private static void mark(int[] model, int[] peer, boolean[] hit, int[] c) {
        int m = model.length;
        int n = peer.length;
        int w = n + 1;
        for (int j = 0; j <= n; j++) {
            c[j] = 0;
        }
        for (int i = 1; i <= m; i++) {
            int row = i * w;
            int prev = row - w;
            c[row] = 0;
            int token = model[i - 1];
            for (int j = 1; j <= n; j++) {
                if (token == peer[j - 1]) {
                    c[row + j] = c[prev + j - 1] + 1;
                } else {
                    c[row + j] = Math.max(c[prev + j], c[row + j - 1]);
                }
            }
        }
        int i = m;
        int j = n;
        while (i != 0 && j != 0) {
            if (model[i - 1] == peer[j - 1]) { // diagonal
                i--;
                j--;
                hit[i] = true;
            } else if (c[(i - 1) * w + j] >= c[i * w + j - 1]) { // up
                i--;
            } else { // left
                j--;
            }
        }
    }
}
