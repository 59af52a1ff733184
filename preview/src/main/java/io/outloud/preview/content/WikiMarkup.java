package io.outloud.preview.content;

import io.outloud.preview.html.Html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Confluence's "Insert markup" dialog does for wiki markup, for the macros and plain text people paste there:
 * {@code {name:key=value|key2=value2}body{name}} (or without a body) becomes a structured macro in storage format,
 * every other line a paragraph. Values and text are escaped: markup typed here never becomes elements.
 */
public final class WikiMarkup {
    private static final Pattern MACRO = Pattern.compile("\\{([a-z][a-z0-9-]{0,63})(?::([^{}]*))?\\}");

    private WikiMarkup() {
    }

    public static String toStorage(String markup) {
        if (markup == null || markup.isBlank()) {
            return "";
        }
        StringBuilder storage = new StringBuilder();
        String text = markup.replace("\r\n", "\n");
        int at = 0;
        Matcher open = MACRO.matcher(text);
        while (open.find(at)) {
            paragraphs(storage, text.substring(at, open.start()));
            String name = open.group(1);
            String close = "{" + name + "}";
            int end = text.indexOf(close, open.end());
            storage.append("<ac:structured-macro ac:name=\"").append(Html.escape(name)).append("\" ac:schema-version=\"1\">");
            parameters(storage, open.group(2));
            if (end >= 0) {
                storage.append("<ac:rich-text-body>");
                String body = text.substring(open.end(), end);
                if (body.isBlank()) {
                    storage.append("<p></p>");
                } else {
                    paragraphs(storage, body);
                }
                storage.append("</ac:rich-text-body>");
                at = end + close.length();
            } else {
                at = open.end();
            }
            storage.append("</ac:structured-macro>");
        }
        paragraphs(storage, text.substring(at));
        return storage.toString();
    }

    private static void parameters(StringBuilder storage, String parameters) {
        if (parameters == null) {
            return;
        }
        for (String pair : parameters.split("\\|")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? "" : pair.substring(0, equals).trim();
            if (key.matches("[A-Za-z][A-Za-z0-9-]{0,31}")) {
                storage.append("<ac:parameter ac:name=\"").append(key).append("\">")
                        .append(Html.escape(pair.substring(equals + 1).trim())).append("</ac:parameter>");
            }
        }
    }

    private static void paragraphs(StringBuilder storage, String text) {
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                storage.append("<p>").append(Html.escape(line.strip())).append("</p>");
            }
        }
    }
}
