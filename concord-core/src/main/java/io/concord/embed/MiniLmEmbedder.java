package io.concord.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantized, 384 dimensions) run in-process on ONNX Runtime
 * through LangChain4j, whose types stay inside this class. Loading takes about a second: use
 * {@link #shared()}. Sentences are cut to their first {@value #MAX_WORDS} words before embedding (the
 * model's cost grows with length, and a sentence's gist is in its opening). Each call embeds its
 * sentences one after another in the calling thread, so callers parallelise over clusters.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {
    /** Words of a sentence that are embedded. */
    public static final int MAX_WORDS = 48;
    private static final int DIMENSION = 384;
    private static final Executor IN_CALLER = Runnable::run;

    private static final class Holder {
        static final Optional<SentenceEmbedder> SHARED = tryLoad();
    }

    private final AllMiniLmL6V2QuantizedEmbeddingModel model;

    private MiniLmEmbedder(AllMiniLmL6V2QuantizedEmbeddingModel model) {
        this.model = model;
    }

    /** Loads a new instance; throws when the ONNX model or runtime cannot be loaded. */
    public static MiniLmEmbedder load() {
        return new MiniLmEmbedder(new AllMiniLmL6V2QuantizedEmbeddingModel(IN_CALLER));
    }

    /**
     * The process-wide instance, loaded on first use; empty (after a warning on stderr naming the reason)
     * when the model or ONNX Runtime cannot be loaded on this machine.
     */
    public static Optional<SentenceEmbedder> shared() {
        return Holder.SHARED;
    }

    private static Optional<SentenceEmbedder> tryLoad() {
        try {
            return Optional.of(load());
        } catch (RuntimeException | LinkageError e) {
            System.err.println("concord: sentence embeddings unavailable (" + e
                    + "); summaries use the scorer without embeddings");
            return Optional.empty();
        }
    }

    @Override
    public float[][] embed(List<String> sentences) {
        float[][] out = new float[sentences.size()][];
        List<TextSegment> segments = new ArrayList<>();
        List<Integer> where = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i);
            if (s == null || s.isBlank()) {
                out[i] = new float[DIMENSION];
            } else {
                segments.add(TextSegment.from(firstWords(s.strip())));
                where.add(i);
            }
        }
        if (!segments.isEmpty()) {
            List<Embedding> vectors = model.embedAll(segments).content();
            for (int k = 0; k < vectors.size(); k++) {
                out[where.get(k)] = normalise(vectors.get(k).vector());
            }
        }
        return out;
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    static String firstWords(String s) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !inWord) {
                if (++words > MAX_WORDS) {
                    return s.substring(0, i).strip();
                }
            }
            inWord = !space;
        }
        return s;
    }

    private static float[] normalise(float[] v) {
        double n = 0;
        for (float x : v) {
            n += (double) x * x;
        }
        if (n == 0) {
            return v;
        }
        float inv = (float) (1.0 / Math.sqrt(n));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * inv;
        }
        return out;
    }
}
