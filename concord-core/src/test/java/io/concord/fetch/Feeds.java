package io.concord.fetch;

/** Feeds written for the tests: a good RSS and Atom feed, and two hostile ones. */
final class Feeds {
    private Feeds() {
    }

    /** Items: ferry, trees (no date in the page), members (robots), redirect chain, redirect loop, slow, big,
     *  image, missing, no link, ferry again, latin-1 page, open day (robots Allow). */
    static String rss(String base) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel>
                <title>Valley Gazette: news</title><link>%1$s/</link><description>Local news</description>
                <item><title>Night ferry returns</title><link>%1$s/news/ferry.html</link>
                  <pubDate>Sat, 13 Mar 2032 22:10:00 GMT</pubDate></item>
                <item><title>Feed title: lime trees to go</title><link>%1$s/news/trees.html</link>
                  <pubDate>Wed, 17 Mar 2032 09:00:00 +0100</pubDate></item>
                <item><title>Club minutes</title><link>%1$s/members/minutes.html</link></item>
                <item><title>Cycle path</title><link>%1$s/redirect/1</link></item>
                <item><title>Going round</title><link>%1$s/loop/1</link></item>
                <item><title>Slow server</title><link>%1$s/slow</link></item>
                <item><title>Huge page</title><link>%1$s/big</link></item>
                <item><title>Logo</title><link>%1$s/image.png</link></item>
                <item><title>Gone</title><link>%1$s/gone.html</link></item>
                <item><title>Headline without a link</title><description>Nothing to fetch.</description></item>
                <item><title>Night ferry (again)</title><link>%1$s/news/ferry.html</link></item>
                <item><title>Baking prize</title><link>%1$s/news/latin.html</link></item>
                <item><title>Open day</title><link>%1$s/members/open-day.html</link></item>
                </channel></rss>
                """.formatted(base);
    }

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Valley Gazette: rivers</title>
              <id>urn:uuid:5b8d1f3c-7a51-4c3e-9e7b-2f0f6f1d2a10</id>
              <updated>2032-03-10T12:00:00Z</updated>
              <entry>
                <title>Cycle path along the river opens</title>
                <link rel="alternate" href="../news/moved.html"/>
                <id>urn:uuid:0c9e2f4a-1111-4a2b-8c3d-9f8e7d6c5b4a</id>
                <updated>2032-03-10T12:00:00Z</updated>
              </entry>
            </feed>
            """;

    /** An external entity that would read a local file into the title. */
    static final String XXE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE rss [ <!ENTITY secret SYSTEM "file:///etc/hostname"> ]>
            <rss version="2.0"><channel><title>&secret;</title><link>http://feeds.example/</link>
            <description>x</description>
            <item><title>&secret;</title><link>http://feeds.example/a.html</link></item>
            </channel></rss>
            """;

    /** Nested entities that expand to a billion copies of "lol". */
    static final String BILLION_LAUGHS = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
             <!ENTITY lol "lol">
             <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
             <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
             <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
             <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
             <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
             <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
             <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
             <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <rss version="2.0"><channel><title>&lol9;</title><link>http://feeds.example/</link>
            <description>x</description><item><title>&lol9;</title><link>http://feeds.example/b.html</link></item>
            </channel></rss>
            """;
}
