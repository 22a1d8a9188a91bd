package io.concord.extract;

import org.jsoup.nodes.Element;

/**
 * A run of text between block boundaries of the page.
 *
 * @param owner     the innermost block element holding the text
 * @param furniture the innermost furniture element around it (see {@link Boilerplate}), else null
 * @param linkChars characters of the text inside links
 */
record TextBlock(String text, Element owner, Element furniture, int linkChars) {
    TextBlock withFurniture(Element f) {
        return new TextBlock(text, owner, f, linkChars);
    }

    /** Long enough and with few enough links to count as prose. */
    boolean isProse() {
        return text.length() >= 25 && linkDensity() <= 0.33;
    }

    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }

    int length() {
        return text.length();
    }

    String tag() {
        return owner.normalName();
    }
}
