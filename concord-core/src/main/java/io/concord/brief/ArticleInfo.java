package io.concord.brief;

/** An article as listed in a brief (contract field names). */
public record ArticleInfo(String id, String title, String outlet, String url, String path, String published,
                          String publishedFrom, int words, String duplicateOf) {
}
