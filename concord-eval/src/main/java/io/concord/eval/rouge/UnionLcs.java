package io.concord.eval.rouge;

import java.util.List;

/**
 * The union longest common subsequence of ROUGE-L at summary level (Lin 2004, section 3.2): a model
 * sentence is aligned with every peer sentence in turn, and a model token counts as hit when it lies
 * on the LCS with any of them.
 *
 * <p>Which of several equally long subsequences is marked matters for the union. As in ROUGE-1.5.5,
 * the DP table is filled with "match: diagonal; else up when c[i-1][j] &gt;= c[i][j-1]; else left" and one
 * path is traced back from the bottom-right corner.
 */
final class UnionLcs {
    private static final byte DIAGONAL = 1;
    private static final byte UP = 2;
    private static final byte LEFT = 3;

    private UnionLcs() {
    }

    /** For each token of {@code model}, whether it lies on the LCS with at least one peer sentence. */
    static boolean[] mask(List<String> model, List<List<String>> peerSentences) {
        boolean[] hit = new boolean[model.size()];
        if (model.isEmpty()) {
            return hit;
        }
        for (List<String> peer : peerSentences) {
            mark(model, peer, hit);
        }
        return hit;
    }

    private static void mark(List<String> model, List<String> peer, boolean[] hit) {
        int m = model.size();
        int n = peer.size();
        int[][] c = new int[m + 1][n + 1];
        byte[][] move = new byte[m + 1][n + 1];
        for (int i = 1; i <= m; i++) {
            String token = model.get(i - 1);
            for (int j = 1; j <= n; j++) {
                if (token.equals(peer.get(j - 1))) {
                    c[i][j] = c[i - 1][j - 1] + 1;
                    move[i][j] = DIAGONAL;
                } else if (c[i - 1][j] >= c[i][j - 1]) {
                    c[i][j] = c[i - 1][j];
                    move[i][j] = UP;
                } else {
                    c[i][j] = c[i][j - 1];
                    move[i][j] = LEFT;
                }
            }
        }
        int i = m;
        int j = n;
        while (i != 0 && j != 0) {
            switch (move[i][j]) {
                case DIAGONAL -> {
                    i--;
                    j--;
                    hit[i] = true;
                }
                case UP -> i--;
                default -> j--;
            }
        }
    }
}
