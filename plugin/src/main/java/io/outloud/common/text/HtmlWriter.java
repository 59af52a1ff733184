package io.outloud.common.text;

/**
 * HTML written in Java where a template costs too much (a card repeated 50 times on a page): markup the app writes
 * itself goes in with {@link #raw}, every other value through {@link #text}, which escapes it as Confluence's
 * auto-escaping templates do (the five characters that can end a text or an attribute value).
 */
public final class HtmlWriter {
    private final StringBuilder out;

    public HtmlWriter(int capacity) {
        out = new StringBuilder(capacity);
    }

    /** Markup of the app's own, or HTML the host already sanitised (a macro's rendered body); never a person's text. */
    public HtmlWriter raw(String html) {
        out.append(html);
        return this;
    }

    /** A text, escaped: safe between tags and inside a double-quoted attribute value. */
    public HtmlWriter text(String text) {
        escapeInto(out, text);
        return this;
    }

    public HtmlWriter text(long number) {
        out.append(number);
        return this;
    }

    /** {@code  name="value"}, the value escaped. */
    public HtmlWriter attribute(String name, String value) {
        out.append(' ').append(name).append("=\"");
        escapeInto(out, value);
        out.append('"');
        return this;
    }

    /** {@code text} escaped for HTML ("" for null). */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text == null ? 0 : text.length() + 16);
        escapeInto(escaped, text);
        return escaped.toString();
    }

    private static void escapeInto(StringBuilder out, String text) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
