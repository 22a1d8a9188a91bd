package io.concord.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A small news site on 127.0.0.1 for the fetch tests: pages, a feed, robots.txt, redirects, slow and huge answers. */
final class LocalSite implements AutoCloseable {
    /** One request the site received. */
    record Hit(String path, String userAgent, long nanos) {
    }

    static final String ROBOTS = """
            # everyone else
            User-agent: *
            Disallow: /news/

            User-agent: concord
            Disallow: /members/
            Allow: /members/open-
            """;

    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool();
    final ConcurrentLinkedQueue<Hit> hits = new ConcurrentLinkedQueue<>();
    final String base;

    LocalSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String url(String path) {
        return base + path;
    }

    List<Hit> hitsTo(String path) {
        return hits.stream().filter(h -> h.path().equals(path)).toList();
    }

    static String page(String title, String date, String... paragraphs) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(title).append(" - Valley Gazette</title>");
        if (date != null) {
            sb.append("<meta property=\"article:published_time\" content=\"").append(date).append("\">");
        }
        sb.append("<meta name=\"author\" content=\"Ines Kowalczyk\"></head><body><header><a href=\"/\">Valley Gazette</a>")
                .append(" <a href=\"/news/\">News</a> <a href=\"/weather/\">Weather</a></header><main><article><h1>")
                .append(title).append("</h1>");
        for (String p : paragraphs) {
            sb.append("<p>").append(p).append("</p>");
        }
        return sb.append("</article></main><footer>Valley Gazette, all rights reserved</footer></body></html>").toString();
    }

    static final String FERRY = page("Night ferry returns to the lake timetable", "2032-03-14T07:45:00Z",
            "The night ferry between Kessel and Aubry will run again from April, the lake shipping company "
                    + "announced on Friday, ending a two-year pause caused by a shortage of deckhands.",
            "The company said it had trained fourteen new crew members over the winter and would add a "
                    + "second evening crossing on weekends from June.",
            "Tickets will cost the same as before the pause, a spokesman said.");

    static final String NO_DATE = page("Market square trees to be replaced", null,
            "Eight ageing lime trees on the market square in Kessel will be felled in the autumn and replaced "
                    + "with young oaks, the town gardener told residents at a meeting on Tuesday.",
            "The limes were planted after the war and several have hollow trunks, according to a survey "
                    + "commissioned by the town last year.",
            "Stallholders asked that the work wait until the Christmas market has closed.");

    static final String MOVED = page("Cycle path along the river opens", "2032-03-10",
            "A new cycle path along the east bank of the river between Aubry and the old mill opened on "
                    + "Saturday, three months later than planned because of spring flooding.",
            "The path is four kilometres long and lit along its whole length, the county said.",
            "Walkers and riders filled the opening day despite the cold wind.");

    static final String OPEN_DAY = page("Members' club holds open day", "2032-03-12",
            "The rowing club on the north shore welcomed more than two hundred visitors to its open day on "
                    + "Sunday, offering taster sessions on the calm morning water.",
            "Its chairwoman said forty people had signed up for beginners' courses by the afternoon.",
            "The club will hold a second open day in May.");

    static final String LATIN = page("Café owner wins regional baking prize", "2032-03-09",
            "The owner of a small café in Aubry won the regional baking prize on Monday with a rye loaf "
                    + "flavoured with caraway and honey, the judges announced.",
            "She said the recipe came from her grandmother and had never been written down until this year.",
            "The prize comes with a week of training at a bakery school in the capital.");

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        hits.add(new Hit(path, ex.getRequestHeaders().getFirst("User-Agent"), System.nanoTime()));
        try (ex) {
            switch (path) {
                case "/robots.txt" -> send(ex, 200, "text/plain", ROBOTS.getBytes(StandardCharsets.UTF_8));
                case "/news/ferry.html" -> html(ex, FERRY);
                case "/news/trees.html" -> html(ex, NO_DATE);
                case "/news/moved.html" -> html(ex, MOVED);
                case "/members/open-day.html" -> html(ex, OPEN_DAY);
                case "/members/minutes.html" -> html(ex, OPEN_DAY);
                case "/news/latin.html" -> send(ex, 200, "text/html; charset=windows-1252",
                        LATIN.replace("<meta charset=\"utf-8\">", "").getBytes(Charset.forName("windows-1252")));
                case "/redirect/1" -> redirect(ex, 302, "/redirect/2");
                case "/redirect/2" -> redirect(ex, 301, base + "/news/moved.html");
                case "/redirect/members" -> redirect(ex, 302, "/members/minutes.html");
                case "/redirect/file" -> redirect(ex, 302, "file:///etc/hostname");
                case "/image.png" -> send(ex, 200, "image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
                case "/slow" -> {
                    sleep(3000);
                    html(ex, FERRY);
                }
                case "/drip" -> {
                    ex.getResponseHeaders().set("Content-Type", "text/html");
                    ex.sendResponseHeaders(200, 10_000);
                    OutputStream out = ex.getResponseBody();
                    out.write("<html><body><p>The first words arrive".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    sleep(3000);
                }
                case "/big" -> {
                    ex.getResponseHeaders().set("Content-Type", "text/html");
                    ex.sendResponseHeaders(200, 0); // chunked: no length given
                    OutputStream out = ex.getResponseBody();
                    byte[] para = "<p>Filler paragraph of a page far too long to be a news report.</p>\n".getBytes(StandardCharsets.UTF_8);
                    for (int i = 0; i < 20_000; i++) {
                        out.write(para);
                    }
                }
                case "/big-declared" -> send(ex, 200, "text/html", new byte[300_000]);
                case "/feed.xml" -> send(ex, 200, "application/rss+xml; charset=utf-8", Feeds.rss(base).getBytes(StandardCharsets.UTF_8));
                case "/index.html" -> html(ex, "<html><head><title>Valley Gazette</title>"
                        + "<link rel=\"stylesheet\" href=\"/style.css\">"
                        + "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"News\" href=\"feed.xml\">"
                        + "</head><body><p>Front page</p></body></html>");
                case "/feed-moved.xml" -> redirect(ex, 301, "/feeds/atom.xml");
                case "/feeds/atom.xml" -> send(ex, 200, "application/atom+xml", Feeds.ATOM.getBytes(StandardCharsets.UTF_8));
                default -> {
                    if (path.startsWith("/loop/")) {
                        int n = Integer.parseInt(path.substring(6));
                        redirect(ex, 302, "/loop/" + (n + 1));
                    } else {
                        send(ex, 404, "text/html", "<html><body><p>Not here.</p></body></html>".getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException clientWentAway) {
            // the fetcher aborted the download: expected for the slow and big answers
        }
    }

    private static void html(HttpExchange ex, String html) throws IOException {
        send(ex, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    private static void redirect(HttpExchange ex, int status, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(status, -1);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            ex.getResponseBody().write(body);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
