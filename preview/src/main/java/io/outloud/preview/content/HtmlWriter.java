package io.outloud.preview.content;

import java.util.Map;
import java.util.Set;

/** Appends HTML; every text and attribute value goes through escaping, only {@link #raw} (macro output) does not. */
final class HtmlWriter {

    private static final Set<String> VOID_ELEMENTS = Set.of("br", "hr", "img", "col");

    private final StringBuilder out = new StringBuilder();

    HtmlWriter open(String element, Map<String, String> attributes) {
        out.append('<').append(element);
        attributes.forEach((name, value) -> out.append(' ').append(name).append("=\"").append(escapeAttribute(value)).append('"'));
        out.append('>');
        return this;
    }

    HtmlWriter open(String element) {
        return open(element, Map.of());
    }

    HtmlWriter close(String element) {
        if (!VOID_ELEMENTS.contains(element)) {
            out.append("</").append(element).append('>');
        }
        return this;
    }

    HtmlWriter text(String text) {
        out.append(escapeText(text));
        return this;
    }

    HtmlWriter raw(String html) {
        out.append(html);
        return this;
    }

    String html() {
        return out.toString();
    }

    static String escapeText(String text) {
        return escape(text, false);
    }

    static String escapeAttribute(String value) {
        return escape(value, true);
    }

    private static String escape(String text, boolean attribute) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append(attribute ? "&quot;" : "\"");
                case '\'' -> escaped.append(attribute ? "&#39;" : "'");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
