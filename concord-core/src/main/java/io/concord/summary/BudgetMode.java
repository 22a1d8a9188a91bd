package io.concord.summary;

/**
 * How a summarizer treats its word budget. {@link #WHOLE_SENTENCES}: never exceed it (the brief).
 * {@link #FILL}: keep adding sentences until the budget is reached, so that the last one may run over;
 * a benchmark then cuts every system's summary at the same word count.
 */
public enum BudgetMode {
    WHOLE_SENTENCES,
    FILL;

    /** Whether a sentence of {@code words} words may be added to a summary of {@code used} words. */
    public boolean admits(int used, int words, int budget) {
        if (used >= budget) {
            return false;
        }
        return this == FILL || used + words <= budget;
    }
}
