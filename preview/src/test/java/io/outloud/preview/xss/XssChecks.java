package io.outloud.preview.xss;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What every XSS test asks of a page's raw HTML: no payload verbatim, and nothing in the content area made from input. */
public final class XssChecks {
    private static final Set<String> FORBIDDEN_IN_CONTENT = Set.of(
            "script", "iframe", "object", "embed", "svg", "math", "style", "frame", "frameset", "base", "link", "meta",
            "noscript", "template", "applet", "details", "video", "marquee", "body");

    private XssChecks() {
    }

    /** Records every payload found verbatim and every element, handler or URL in the content area made from input. */
    public static void check(String where, String html, List<XssPayloads.Payload> payloads, List<String> failures) {
        for (XssPayloads.Payload p : payloads) {
            if (p.text().contains("<") && html.contains(p.text())) {
                failures.add(where + ": payload " + p.id() + " verbatim: " + p.text());
            }
        }
        Document document = Jsoup.parse(html);
        Element main = document.getElementById("main-content");
        if (main == null) {
            failures.add(where + ": no #main-content");
            return;
        }
        for (Element element : main.getAllElements()) {
            if (FORBIDDEN_IN_CONTENT.contains(element.normalName())) {
                failures.add(where + ": <" + element.normalName() + "> " + element.outerHtml());
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().replaceAll("[\\x00-\\x20\\x7f\\u200b]", "").toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || name.equals("style") || name.equals("srcdoc") || name.equals("autofocus")) {
                    failures.add(where + ": attribute " + name + " on " + shorten(element.outerHtml()));
                }
                if ((name.equals("href") || name.equals("src") || name.equals("action") || name.equals("data"))
                        && (value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:"))) {
                    failures.add(where + ": script URL " + attribute + " on " + shorten(element.outerHtml()));
                }
            }
        }
        for (Element head : document.head().select("title")) {
            if (!head.children().isEmpty()) {
                failures.add(where + ": markup in <title>");
            }
        }
    }

    private static String shorten(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "\u2026" : s;
    }

    /** The text without invisible format characters (bidi overrides, zero-width spaces), which the app may drop. */
    public static String withoutFormatCharacters(String text) {
        return text.replaceAll("\\p{Cf}", "");
    }
}
