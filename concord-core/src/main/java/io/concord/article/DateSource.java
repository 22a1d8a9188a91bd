package io.concord.article;

/** Where an article's publication date came from; rendered in lower case with dashes ("file-time"). */
public enum DateSource {
    METADATA, TEXT, MANIFEST, FILE_TIME, NONE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
