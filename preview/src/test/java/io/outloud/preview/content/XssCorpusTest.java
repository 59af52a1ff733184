package io.outloud.preview.content;

import com.atlassian.confluence.macro.Macro;
import io.outloud.preview.xss.XssPayloads;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every payload of the corpus, as typed by an editor, in plain content, in macro parameters and in rich bodies, both
 * as-is (often malformed: error panel) and made well-formed (exercising the sanitizer). The output is judged the way a
 * browser would see it: parsed with jsoup's HTML parser.
 */
class XssCorpusTest {

    /** What view HTML may contain: the allowlist plus what the renderer and the test macros emit themselves. */
    private static final Set<String> PERMITTED_ELEMENTS = Set.of(
            "body", "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u", "s", "sub", "sup",
            "code", "pre", "blockquote", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "colgroup",
            "col", "a", "span", "div", "img", "time");
    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of(
            "script", "iframe", "object", "embed", "svg", "math", "style", "frame", "frameset", "base", "link", "meta",
            "form", "input", "textarea", "noscript", "template", "applet");
    private static final Set<String> PERMITTED_ATTRIBUTES = Set.of(
            "href", "title", "src", "alt", "width", "height", "datetime", "class", "colspan", "rowspan", "span", "start");

    private final StorageFormatRenderer renderer = new StorageFormatRenderer();
    private final RenderTarget target = RenderTarget.display(null, TestMacros.resolver(Map.of(
            "panel", TestMacros.panel(),
            "failing", TestMacros.failing(true),
            "code", new TestMacros.RecordingMacro(Macro.BodyType.PLAIN_TEXT, body -> "<pre>" + HtmlWriter.escapeText(body) + "</pre>"))));

    static List<String> corpus() {
        return XssPayloads.corpus();
    }

    @Test
    void corpusIsLargeEnough() throws IOException {
        assertTrue(corpus().size() >= 30);
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void payloadAsTyped(String payload) {
        assertSafeInEveryPlacement(payload);
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void payloadMadeWellFormed(String payload) {
        String xhtml = wellFormed(payload);
        assertSafeInEveryPlacement(xhtml);
    }

    @Test
    void wellFormedVariantsReallyExerciseTheSanitizer() throws IOException {
        // jsoup's XML output is not always well-formed (e.g. "<scr<script>"), so a few may still hit the error panel.
        List<String> corpus = corpus();
        long sanitized = corpus.stream()
                .map(payload -> renderer.render("<p>" + wellFormed(payload) + "</p>", target))
                .filter(html -> !html.contains("Unable to render"))
                .count();
        assertTrue(sanitized >= corpus.size() - 3, sanitized + " of " + corpus.size());
    }

    private void assertSafeInEveryPlacement(String payload) {
        String attributeSafe = xmlAttribute(payload);
        List<String> placements = List.of(
                payload,
                "<p>" + payload + "</p>",
                "<table><tbody><tr><td>" + payload + "</td></tr></tbody></table>",
                macro("panel", "<ac:parameter ac:name=\"title\">" + payload + "</ac:parameter>", "<ac:rich-text-body>" + payload + "</ac:rich-text-body>"),
                macro("panel", "", "<ac:rich-text-body><p>" + payload + "</p>" + macro("panel", "", "<ac:rich-text-body>" + payload + "</ac:rich-text-body>") + "</ac:rich-text-body>"),
                macro("failing", "<ac:parameter ac:name=\"title\">" + payload + "</ac:parameter>", ""),
                macro("failing", "<ac:parameter ac:name=\"title\"><![CDATA[" + payload + "]]></ac:parameter>", ""),
                "<ac:structured-macro ac:name=\"" + attributeSafe + "\" ac:macro-id=\"" + attributeSafe + "\"/>",
                "<ac:structured-macro ac:name=\"" + payload + "\"/>",
                macro("code", "", "<ac:plain-text-body><![CDATA[" + payload + "]]></ac:plain-text-body>"),
                "<ac:link><ri:page ri:content-title=\"" + attributeSafe + "\"/><ac:link-body>" + payload + "</ac:link-body></ac:link>",
                "<ac:image ac:alt=\"" + attributeSafe + "\"><ri:url ri:value=\"" + attributeSafe + "\"/></ac:image>",
                "<a href=\"" + attributeSafe + "\" title=\"" + attributeSafe + "\">" + payload + "</a>",
                "<img src=\"" + attributeSafe + "\" alt=\"" + attributeSafe + "\"/>");
        for (String storage : placements) {
            assertSafe(storage, renderer.render(storage, target));
        }
    }

    private static String macro(String name, String parameters, String body) {
        return "<ac:structured-macro ac:name=\"" + name + "\">" + parameters + body + "</ac:structured-macro>";
    }

    static void assertSafe(String storage, String html) {
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), () -> storage + " -> " + html);
        Document document = Jsoup.parseBodyFragment(html);
        for (Element element : document.body().getAllElements()) {
            String tag = element.normalName();
            if (FORBIDDEN_ELEMENTS.contains(tag) || !PERMITTED_ELEMENTS.contains(tag)) {
                fail("element <" + tag + "> in " + storage + " -> " + html);
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || name.equals("style") || !PERMITTED_ATTRIBUTES.contains(name)) {
                    fail("attribute " + name + " on <" + tag + "> in " + storage + " -> " + html);
                }
                String compact = attribute.getValue().replaceAll("[\\x00-\\x20\\x7f]", "").toLowerCase(Locale.ROOT);
                if (compact.startsWith("javascript:") || compact.startsWith("vbscript:") || compact.startsWith("data:")) {
                    fail("script URL " + attribute + " in " + storage + " -> " + html);
                }
            }
        }
    }

    /** The payload as a browser would build it, written back as XHTML, so it passes the XML parser. */
    private static String wellFormed(String payload) {
        Document document = Jsoup.parseBodyFragment(payload);
        document.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml).prettyPrint(false);
        return document.body().html();
    }

    private static String xmlAttribute(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
