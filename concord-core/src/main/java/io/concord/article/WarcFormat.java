package io.concord.article;

import io.concord.extract.ExtractedPage;
import io.concord.extract.HtmlExtractor;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.MessageHeaders;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Web archives ({@code .warc}, {@code .warc.gz}) read with jwarc: every {@code response} record holding an HTTP 200
 * HTML page, and every {@code resource} record of type text/html, becomes an article (main text by
 * {@link HtmlExtractor}, url from WARC-Target-URI, date from the page's metadata else the WARC-Date). Other records
 * are skipped and counted; when any response or resource record was skipped, one {@link Problem} for the archive
 * says how many and why. A record's path is {@code file#n}, n counting records from 1. A damaged archive gives a
 * Problem naming the file, after the articles read before the damage.
 */
final class WarcFormat {
    /** Larger page bodies are reported, not read. */
    static final int MAX_PAGE_BYTES = 16 * 1024 * 1024;

    private final HtmlExtractor extractor;

    WarcFormat(HtmlExtractor extractor) {
        this.extractor = extractor;
    }

    /** True for names ending in {@code .warc} or {@code .warc.gz} (lower case). */
    static boolean handles(String lowerName) {
        return lowerName.endsWith(".warc") || lowerName.endsWith(".warc.gz");
    }

    Ingested read(Path file, String shown) {
        List<Article> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> skipped = new TreeMap<>();
        Map<String, Integer> protocol = new TreeMap<>();
        int records = 0;
        try (WarcReader reader = new WarcReader(file)) {
            reader.onWarning(warning -> { });
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    problems.add(damaged(shown, records, e));
                    break;
                }
                if (next.isEmpty()) {
                    break;
                }
                records++;
                String path = shown + "#" + records;
                try {
                    readRecord(next.get(), path, articles, problems, skipped, protocol);
                } catch (IOException e) {
                    problems.add(damaged(shown, records - 1, e));
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem(shown, "not a readable WARC archive: " + message(e)));
            return new Ingested(articles, problems);
        }
        if (records == 0 && problems.isEmpty()) {
            problems.add(new Problem(shown, "empty WARC archive (no records)"));
        } else if (!skipped.isEmpty()) {
            problems.add(new Problem(shown, skippedSummary(records, skipped, protocol)));
        } else if (articles.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(shown, "no HTML pages among " + records + " records (" + counts(protocol) + ")"));
        }
        return new Ingested(articles, problems);
    }

    private void readRecord(WarcRecord record, String path, List<Article> articles, List<Problem> problems,
                            Map<String, Integer> skipped, Map<String, Integer> protocol) throws IOException {
        byte[] body;
        String contentType;
        if (record instanceof WarcResponse response) {
            MediaType warcType = mediaType(response.headers());
            if (warcType == null || !warcType.base().equals(MediaType.HTTP)) {
                count(skipped, "non-HTTP response " + (warcType == null ? "(no type)" : warcType.base()));
                return;
            }
            HttpResponse http;
            try {
                http = response.http();
            } catch (IOException | RuntimeException e) {
                count(skipped, "unreadable HTTP header");
                return;
            }
            if (http.status() != 200) {
                count(skipped, "HTTP " + http.status());
                return;
            }
            MediaType type = mediaType(http.headers());
            if (!isHtml(type)) {
                count(skipped, "non-HTML " + (type == null ? "(no type)" : type.base()));
                return;
            }
            contentType = http.headers().first("Content-Type").orElse(null);
            MessageBody decoded;
            try {
                decoded = http.bodyDecoded();
            } catch (IOException | RuntimeException e) {
                problems.add(new Problem(path, "cannot undo the page's Content-Encoding: " + message(e)));
                return;
            }
            body = bytes(decoded);
        } else if (record instanceof WarcResource resource) {
            MediaType type = mediaType(resource.headers());
            if (!isHtml(type)) {
                count(skipped, "non-HTML " + (type == null ? "(no type)" : type.base()));
                return;
            }
            contentType = resource.headers().first("Content-Type").orElse(null);
            body = bytes(resource.body());
        } else {
            count(protocol, record.type());
            return;
        }
        if (body == null) {
            problems.add(new Problem(path, "page larger than " + MAX_PAGE_BYTES / (1024 * 1024) + " MB; not read"));
            return;
        }
        Article a = article((WarcTargetRecord) record, body, contentType, path, problems);
        if (a != null) {
            articles.add(a);
        }
    }

    private Article article(WarcTargetRecord record, byte[] body, String contentType, String path, List<Problem> problems) {
        if (body.length == 0) {
            problems.add(new Problem(path, "empty page"));
            return null;
        }
        if (PageDecoder.isBinary(body)) {
            problems.add(new Problem(path, "binary content, not an HTML page"));
            return null;
        }
        String url = TextLines.clean(record.target());
        ExtractedPage page;
        try {
            page = extractor.extract(PageDecoder.decode(body, contentType), url);
        } catch (RuntimeException e) {
            problems.add(new Problem(path, "HTML extraction failed: " + e));
            return null;
        }
        String text = page.text() == null ? "" : TextLines.paragraphText(page.text());
        if (text.isBlank()) {
            problems.add(new Problem(path, "no main text found in the page"));
            return null;
        }
        LocalDate published = page.published();
        if (published == null) {
            published = captureDate(record);
        }
        String outlet = TextLines.clean(page.outlet());
        if (outlet == null) {
            outlet = host(url);
        }
        return new Article("?", TextLines.clean(page.title()), text, outlet, url != null ? url : TextLines.clean(page.url()),
                path, TextLines.clean(page.author()), published, DateSource.METADATA);
    }

    private static LocalDate captureDate(WarcRecord record) {
        try {
            return record.date().atOffset(ZoneOffset.UTC).toLocalDate();
        } catch (RuntimeException missingOrMalformed) {
            return null;
        }
    }

    /** The body's bytes, or null when it is larger than {@link #MAX_PAGE_BYTES}. */
    private static byte[] bytes(MessageBody body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InputStream in = body.stream();
        byte[] buf = new byte[64 * 1024];
        int n;
        while ((n = in.read(buf)) != -1) {
            if (out.size() + n > MAX_PAGE_BYTES) {
                return null;
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private static MediaType mediaType(MessageHeaders headers) {
        return headers.first("Content-Type").map(MediaType::parseLeniently).orElse(null);
    }

    private static boolean isHtml(MediaType type) {
        if (type == null) {
            return false;
        }
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String h = URI.create(url).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void count(Map<String, Integer> counts, String key) {
        counts.merge(key, 1, Integer::sum);
    }

    private static String counts(Map<String, Integer> counts) {
        List<String> parts = new ArrayList<>();
        counts.forEach((k, v) -> parts.add(v + " " + k));
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    private static String skippedSummary(int records, Map<String, Integer> skipped, Map<String, Integer> protocol) {
        int n = skipped.values().stream().mapToInt(Integer::intValue).sum();
        String s = n + " of " + records + " records skipped as not usable pages: " + counts(skipped);
        return protocol.isEmpty() ? s : s + " (besides " + counts(protocol) + " records)";
    }

    private static Problem damaged(String shown, int recordsRead, Exception e) {
        if (recordsRead == 0) {
            return new Problem(shown, "not a WARC archive, or damaged at the start (" + message(e) + ")");
        }
        return new Problem(shown, "corrupt or truncated WARC archive after record " + recordsRead + " (" + message(e)
                + "); the records before the damage were read");
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        String first = m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse("");
        return first.length() > 160 ? first.substring(0, 160) + "…" : first;
    }
}
