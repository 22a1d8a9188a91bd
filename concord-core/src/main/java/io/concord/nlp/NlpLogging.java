package io.concord.nlp;

import edu.stanford.nlp.util.logging.RedwoodConfiguration;

/** Keeps CoreNLP's progress logging off the console so command output stays readable. */
public final class NlpLogging {
    private NlpLogging() {
    }

    /** Only CoreNLP errors reach standard error from now on. */
    public static void quiet() {
        RedwoodConfiguration.current().clear().apply();
        RedwoodConfiguration.errorLevel().apply();
    }
}
