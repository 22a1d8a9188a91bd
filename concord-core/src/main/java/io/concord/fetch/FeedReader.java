package io.concord.fetch;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom feeds with ROME. Safe on hostile input: a feed with a DOCTYPE is refused
 * before any entity is declared, so neither external entities (XXE) nor entity-expansion bombs get a chance; the
 * parser is also told not to load external DTDs or entities. Thread-safe.
 */
public final class FeedReader {
    private static final int MAX_MESSAGE = 200;

    /**
     * @param xml         the feed's bytes; the encoding comes from a byte-order mark, the content type or the XML prolog
     * @param contentType the HTTP Content-Type, or null (a local file)
     * @param base        the feed's url, to resolve relative links; null for a local file
     * @throws FetchException when the feed is not well-formed, declares a DOCTYPE, or is not RSS or Atom
     */
    public Feed read(byte[] xml, String contentType, URI base) throws FetchException {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        SyndFeed feed;
        try (Reader reader = contentType == null
                ? new XmlReader(new ByteArrayInputStream(xml), true)
                : new XmlReader(new ByteArrayInputStream(xml), contentType, true)) {
            feed = input.build(reader);
        } catch (ParsingFeedException e) {
            throw new FetchException(parsingProblem(e));
        } catch (FeedException e) {
            throw new FetchException("not a readable RSS or Atom feed: " + shortMessage(e.getMessage()));
        } catch (IllegalArgumentException e) {
            throw new FetchException("not an RSS or Atom feed (" + shortMessage(e.getMessage()) + ")");
        } catch (IOException e) {
            throw new FetchException("cannot decode the feed: " + shortMessage(e.getMessage()));
        }
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            items.add(new FeedItem(clean(e.getTitle()), link(e, base), date(e)));
        }
        return new Feed(clean(feed.getTitle()), items);
    }

    private static String parsingProblem(ParsingFeedException e) {
        StringBuilder all = new StringBuilder();
        for (Throwable c = e; c != null && all.length() < 2000; c = c.getCause() == c ? null : c.getCause()) {
            all.append(c.getMessage()).append(' ');
        }
        String text = all.toString();
        if (text.contains("DOCTYPE")) {
            return "refused: the feed declares a DOCTYPE; DTDs and entity declarations are not accepted "
                    + "(they could read local files or expand without bound)";
        }
        return "not well-formed XML: " + shortMessage(e.getMessage());
    }

    private static String link(SyndEntry e, URI base) {
        String link = e.getLink();
        if (blank(link) && e.getLinks() != null) {
            for (SyndLink l : e.getLinks()) {
                if (!blank(l.getHref()) && (l.getRel() == null || l.getRel().equals("alternate"))) {
                    link = l.getHref();
                    break;
                }
            }
        }
        if (blank(link) && e.getUri() != null && e.getUri().matches("(?i)https?://.+")) {
            link = e.getUri();
        }
        if (blank(link)) {
            return null;
        }
        link = link.strip();
        if (base != null) {
            try {
                return base.resolve(link).toString();
            } catch (IllegalArgumentException notAUri) {
                return link;
            }
        }
        return link;
    }

    private static LocalDate date(SyndEntry e) {
        Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        return d == null ? null : d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String shortMessage(String s) {
        String first = s == null ? "" : s.lines().findFirst().orElse("");
        return first.length() > MAX_MESSAGE ? first.substring(0, MAX_MESSAGE) + "…" : first;
    }
}
