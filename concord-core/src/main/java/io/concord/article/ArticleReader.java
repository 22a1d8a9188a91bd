package io.concord.article;

import io.concord.extract.HtmlExtractor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Reads news reports from files and folders into {@link Article}s.
 *
 * <p>Formats by extension: {@code .txt} (first non-empty line the title), {@code .html}/{@code .htm}
 * (main text by {@link HtmlExtractor}), {@code .jsonl} and {@code .jsonl.gz} (news-please records, one a line),
 * {@code .warc} and {@code .warc.gz} (HTML pages in a web archive, see {@link WarcFormat}).
 * Folders are read recursively in sorted path order; hidden files and folders inside them are skipped.
 * Every input that cannot be used becomes a {@link Problem} and reading goes on; nothing is dropped silently.
 * Ids are "a1", "a2", ... in reading order. A manifest (see {@link Manifest}) overrides url, outlet and date.
 * Thread-safe if the extractor is.
 */
public final class ArticleReader {
    /** Larger files are reported, not read. */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    private final TxtFormat txt;
    private final HtmlFormat html;
    private final JsonLinesFormat jsonl;
    private final WarcFormat warc;

    public ArticleReader() {
        this(new HtmlExtractor(), new TextDateFinder());
    }

    public ArticleReader(HtmlExtractor extractor, TextDateFinder dates) {
        this.txt = new TxtFormat(dates);
        this.html = new HtmlFormat(extractor, dates);
        this.jsonl = new JsonLinesFormat(dates);
        this.warc = new WarcFormat(extractor);
    }

    /**
     * Reads every input (files, or folders read recursively).
     *
     * @param inputs         files and folders, in the order their articles should come
     * @param manifestOrNull a CSV or JSON manifest, or null
     * @throws ManifestException when the manifest cannot be read or is malformed (naming the file and reason)
     */
    public Ingested read(List<Path> inputs, Path manifestOrNull) {
        Manifest manifest = manifestOrNull == null ? null : Manifest.load(manifestOrNull);
        List<Problem> problems = new ArrayList<>();
        List<Object> items = sources(inputs, manifestOrNull);
        List<Article> articles = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Object item : items) {
            if (item instanceof Problem p) {
                problems.add(p);
                continue;
            }
            Source s = (Source) item;
            Optional<Manifest.Entry> fileEntry = manifest == null ? Optional.empty() : manifest.find(s.keys(null, manifestDir(manifest)));
            Ingested got = readOne(s, fileEntry.map(Manifest.Entry::url).orElse(null));
            problems.addAll(got.problems());
            for (Article a : got.articles()) {
                String record = a.path() != null && a.path().startsWith(s.shown + "#") ? a.path().substring(s.shown.length()) : null;
                Optional<Manifest.Entry> e = manifest == null ? Optional.empty() : manifest.find(s.keys(record, manifestDir(manifest)));
                if (e.isPresent()) {
                    used.add(e.get().file());
                    a = apply(a, e.get());
                }
                articles.add(a.withId("a" + (articles.size() + 1)));
            }
            fileEntry.ifPresent(e -> used.add(e.file()));
        }
        if (manifest != null) {
            for (String file : manifest.entries().keySet()) {
                if (!used.contains(file)) {
                    problems.add(new Problem(manifest.source().toString(), "entry '" + file + "' matches no input that was read"));
                }
            }
        }
        return new Ingested(articles, problems);
    }

    private static Path manifestDir(Manifest m) {
        Path parent = m.source().toAbsolutePath().normalize().getParent();
        return parent;
    }

    private static Article apply(Article a, Manifest.Entry e) {
        Article out = a;
        if (e.url() != null) {
            out = out.withUrl(e.url());
        }
        if (e.outlet() != null) {
            out = out.withOutlet(e.outlet());
        }
        if (e.published() != null) {
            out = out.withPublished(e.published(), DateSource.MANIFEST);
        }
        return out;
    }

    private Ingested readOne(Source s, String url) {
        String name = s.file.getFileName() == null ? "" : s.file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (WarcFormat.handles(name)) {
            return warc.read(s.file, s.shown);
        }
        Format format = Format.of(name);
        if (format == null) {
            return problem(s.shown, "unknown file type; expected .txt, .html, .htm, .jsonl, .jsonl.gz, .warc or .warc.gz");
        }
        byte[] bytes;
        try {
            if (!Files.isReadable(s.file)) {
                return problem(s.shown, "unreadable (no permission)");
            }
            if (Files.size(s.file) > MAX_FILE_BYTES) {
                return problem(s.shown, "too large (over " + MAX_FILE_BYTES / (1024 * 1024) + " MB)");
            }
            bytes = Files.readAllBytes(s.file);
        } catch (IOException | RuntimeException e) {
            return problem(s.shown, "unreadable: " + e.getMessage());
        }
        if (bytes.length == 0) {
            return problem(s.shown, "empty file");
        }
        try {
            return switch (format) {
                case TXT -> txt.read(bytes, s.shown);
                case HTML -> html.read(bytes, s.shown, url);
                case JSONL -> jsonl.read(bytes, s.shown);
                case JSONL_GZ -> gunzipAndRead(bytes, s.shown);
            };
        } catch (RuntimeException | StackOverflowError e) {
            return problem(s.shown, "could not be read: " + e);
        }
    }

    private Ingested gunzipAndRead(byte[] gz, String path) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String error = null;
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = in.read(buf)) > 0) {
                if (out.size() + n > MAX_FILE_BYTES) {
                    error = "decompresses to over " + MAX_FILE_BYTES / (1024 * 1024) + " MB; read only the start";
                    break;
                }
                out.write(buf, 0, n);
            }
        } catch (IOException e) {
            error = "corrupt or truncated gzip (" + e.getMessage() + ")";
        }
        byte[] bytes = out.toByteArray();
        if (error != null) {
            int lastNewline = bytes.length - 1;
            while (lastNewline >= 0 && bytes[lastNewline] != '\n') {
                lastNewline--;
            }
            byte[] complete = java.util.Arrays.copyOf(bytes, lastNewline + 1);
            List<Problem> problems = new ArrayList<>();
            problems.add(new Problem(path, error + (complete.length > 0 ? "; the complete lines before the damage were read" : "")));
            if (complete.length == 0) {
                return new Ingested(List.of(), problems);
            }
            Ingested partial = jsonl.read(complete, path);
            problems.addAll(partial.problems());
            return new Ingested(partial.articles(), problems);
        }
        if (bytes.length == 0) {
            return problem(path, "empty file (nothing inside the gzip)");
        }
        return jsonl.read(bytes, path);
    }

    private enum Format {
        TXT, HTML, JSONL, JSONL_GZ;

        static Format of(String lowerName) {
            if (lowerName.endsWith(".txt")) {
                return TXT;
            }
            if (lowerName.endsWith(".html") || lowerName.endsWith(".htm")) {
                return HTML;
            }
            if (lowerName.endsWith(".jsonl") || lowerName.endsWith(".ndjson")) {
                return JSONL;
            }
            if (lowerName.endsWith(".jsonl.gz") || lowerName.endsWith(".ndjson.gz")) {
                return JSONL_GZ;
            }
            return null;
        }
    }

    /** One file to read: where it is, how to show it, and its path relative to the folder it was found in. */
    private record Source(Path file, String shown, String relative) {
        /** Manifest keys to try, most specific first; {@code record} is "#n" for a JSON Lines record, else null. */
        List<String> keys(String record, Path manifestDir) {
            Set<String> keys = new LinkedHashSet<>();
            String name = file.getFileName() == null ? shown : file.getFileName().toString();
            Path abs = file.toAbsolutePath().normalize();
            String fromManifest = manifestDir != null && abs.startsWith(manifestDir)
                    ? manifestDir.relativize(abs).toString().replace('\\', '/') : relative;
            for (String base : List.of(fromManifest, relative, shown, name)) {
                if (record != null) {
                    keys.add(base + record);
                }
            }
            keys.add(fromManifest);
            keys.add(relative);
            keys.add(shown);
            keys.add(name);
            return new ArrayList<>(keys);
        }
    }

    /** The files to read, and problems met finding them, in input order (each a {@link Source} or a {@link Problem}). */
    private static List<Object> sources(List<Path> inputs, Path manifest) {
        List<Object> out = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        Path manifestReal = manifest == null ? null : real(manifest);
        for (Path input : inputs) {
            if (input == null) {
                continue;
            }
            if (!Files.exists(input)) {
                out.add(new Problem(input.toString(), "no such file or folder"));
            } else if (Files.isDirectory(input)) {
                walk(input, manifestReal, seen, out);
            } else {
                if (seen.add(real(input))) {
                    out.add(new Source(input, input.toString(), input.getFileName().toString()));
                } else {
                    out.add(new Problem(input.toString(), "listed more than once; read once"));
                }
            }
        }
        return out;
    }

    private static void walk(Path root, Path manifestReal, Set<Path> seen, List<Object> out) {
        List<Problem> problems = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!hidden(file) && !attrs.isDirectory()) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(new Problem(file.toString(), "unreadable: " + e.getMessage()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new Problem(root.toString(), "cannot list folder: " + e.getMessage()));
        }
        out.addAll(problems);
        files.sort((a, b) -> root.relativize(a).toString().replace('\\', '/')
                .compareTo(root.relativize(b).toString().replace('\\', '/')));
        for (Path f : files) {
            Path r = real(f);
            if (r.equals(manifestReal)) {
                continue;
            }
            if (!Files.isRegularFile(f)) {
                out.add(new Problem(f.toString(), "not a regular file"));
            } else if (seen.add(r)) {
                out.add(new Source(f, f.toString(), root.relativize(f).toString().replace('\\', '/')));
            } else {
                out.add(new Problem(f.toString(), "listed more than once; read once"));
            }
        }
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException | RuntimeException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private static Ingested problem(String path, String reason) {
        return new Ingested(List.of(), List.of(new Problem(path, reason)));
    }

}
