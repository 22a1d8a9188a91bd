package io.concord.summary;

import smile.base.cart.Loss;
import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.formula.Formula;
import smile.data.type.StructType;
import smile.regression.GradientTreeBoost;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained sentence scorer: gradient-boosted regression trees (Smile) over {@link SentenceFeatures},
 * predicting how much of a sentence (per word) a human summary of the cluster would contain.
 * The adapter keeps Smile's types to itself. Immutable and thread-safe.
 */
public final class SentenceModel {
    /** Classpath location of the model shipped with Concord. */
    public static final String RESOURCE = "/io/concord/summary/sentence-model.bin.gz";
    private static final String TARGET = "y";

    /** What is stored: the feature names it was trained on, and the trees. */
    private record Stored(List<String> features, GradientTreeBoost model) implements Serializable {
    }

    /** Training settings of the boosted trees. */
    public record Params(int trees, int maxDepth, int maxNodes, int nodeSize, double shrinkage, double subsample) {
        public static Params defaults() {
            return new Params(300, 6, 24, 20, 0.08, 0.7);
        }
    }

    private final List<String> features;
    private final GradientTreeBoost model;
    private final StructType schema;

    private SentenceModel(List<String> features, GradientTreeBoost model) {
        this.features = List.copyOf(features);
        this.model = model;
        this.schema = model.schema();
    }

    /** Fits a model to feature rows {@code x} (columns {@link SentenceFeatures#NAMES}) and targets {@code y}. */
    public static SentenceModel train(double[][] x, double[] y, Params p) {
        return train(SentenceFeatures.NAMES, x, y, p);
    }

    /** Fits a model to feature rows {@code x} with columns {@code featureNames} and targets {@code y}. */
    public static SentenceModel train(List<String> featureNames, double[][] x, double[] y, Params p) {
        if (x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException("need as many targets as rows, and at least one row");
        }
        List<String> names = new ArrayList<>(featureNames);
        double[][] data = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            double[] row = java.util.Arrays.copyOf(x[i], names.size() + 1);
            row[names.size()] = y[i];
            data[i] = row;
        }
        List<String> cols = new ArrayList<>(names);
        cols.add(TARGET);
        DataFrame df = DataFrame.of(data, cols.toArray(String[]::new));
        GradientTreeBoost gbm = GradientTreeBoost.fit(Formula.lhs(TARGET), df, Loss.ls(), p.trees(), p.maxDepth(),
                p.maxNodes(), p.nodeSize(), p.shrinkage(), p.subsample());
        return new SentenceModel(names, gbm);
    }

    /** Scores of feature rows (one per sentence). */
    public double[] predict(double[][] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double[] row = java.util.Arrays.copyOf(x[i], features.size() + 1);
            out[i] = model.predict(Tuple.of(row, schema));
        }
        return out;
    }

    /** Relative importance of each feature, by name. */
    public java.util.Map<String, Double> importance() {
        double[] imp = model.importance();
        java.util.Map<String, Double> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < features.size() && i < imp.length; i++) {
            out.put(features.get(i), imp[i]);
        }
        return out;
    }

    public void save(Path file) throws IOException {
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        try (OutputStream os = Files.newOutputStream(file);
             ObjectOutputStream out = new ObjectOutputStream(new GZIPOutputStream(os))) {
            out.writeObject(new Stored(features, model));
        }
    }

    /** Reads a model written by {@link #save(Path)}; the message names {@code source} on failure. */
    public static SentenceModel load(InputStream in, String source) throws IOException {
        return load(in, source, SentenceFeatures.NAMES);
    }

    /** As {@link #load(InputStream, String)}, for a model over the features {@code expected}. */
    public static SentenceModel load(InputStream in, String source, List<String> expected) throws IOException {
        try (ObjectInputStream oin = new ObjectInputStream(new GZIPInputStream(in))) {
            Object o = oin.readObject();
            if (!(o instanceof Stored s)) {
                throw new IOException(source + ": not a Concord sentence model");
            }
            if (!s.features().equals(expected)) {
                throw new IOException(source + ": model was trained on other features " + s.features()
                        + "; retrain with `concord train summarizer`");
            }
            return new SentenceModel(s.features(), s.model());
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IOException(source + ": not a Concord sentence model (" + e.getMessage() + ")");
        }
    }

    public static SentenceModel load(Path file) throws IOException {
        return load(file, SentenceFeatures.NAMES);
    }

    /** Reads a model over the features {@code expected} from a file. */
    public static SentenceModel load(Path file, List<String> expected) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString(), expected);
        }
    }

    /**
     * Reads the model shipped in Concord's resources. Empty when there is none or it does not match the
     * current features (a warning names the reason). Call once and share the result.
     */
    public static Optional<SentenceModel> loadBundled() {
        return loadBundled(RESOURCE, SentenceFeatures.NAMES);
    }

    /** As {@link #loadBundled()}, for the model at classpath {@code resource} over the features {@code expected}. */
    static Optional<SentenceModel> loadBundled(String resource, List<String> expected) {
        try (InputStream in = SentenceModel.class.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(load(in, resource, expected));
        } catch (IOException e) {
            System.err.println("concord: ignoring the bundled sentence model: " + e.getMessage());
            return Optional.empty();
        }
    }
}
