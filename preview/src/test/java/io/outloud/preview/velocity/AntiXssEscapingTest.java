package io.outloud.preview.velocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AntiXssEscapingTest {
    private static final String TEXT = "<script>alert(1)</script>";
    private static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";

    private final PreviewTemplateRenderer renderer = Templates.strict(Templates.widgetAllowlist());

    private String render(String name, Map<String, Object> context) {
        return Templates.render(renderer, name, context);
    }

    @Test
    void htmlVmFileNameOptsIn() {
        String out = render("velocity/escaping/page.html.vm",
                Map.of("text", TEXT, "bodyHtml", "<p>raw</p>", "widget", new Widget(), "count", 3));
        assertTrue(out.contains("<p title=\"" + ESCAPED + "\">" + ESCAPED + "</p>"), out);
        assertTrue(out.contains("<span class=\"title\">Title &lt;b&gt;</span>"), out);
        assertTrue(out.contains("<span class=\"number\">3</span>"), out);
    }

    @Test
    void htmlSafeNamesAndMethodsStayRaw() {
        String out = render("velocity/escaping/page.html.vm",
                Map.of("text", TEXT, "bodyHtml", "<p>raw</p>", "widget", new Widget(), "count", 3));
        assertTrue(out.contains("<div class=\"var\"><p>raw</p></div>"), out);
        assertTrue(out.contains("<div class=\"prop\"><em>summary</em></div>"), out);
        assertTrue(out.contains("<div class=\"getter\"><p>body</p></div>"), out);
        assertTrue(out.contains("<div class=\"render\"><span class=\"badge\">1</span></div>"), out);
        assertTrue(out.contains("<div class=\"quiet\"><em>summary</em></div>"), out);
    }

    @Test
    void htmlDirectoryOptsIn() {
        assertEquals("<b>" + ESCAPED + "</b>\n", render("velocity/html/plain-name.vm", Map.of("text", TEXT)));
    }

    @Test
    void htmlSafeDirectiveOptsInAndRendersNothing() {
        assertEquals("<b>" + ESCAPED + "</b>\n", render("velocity/escaping/opt-in.vm", Map.of("text", TEXT)));
    }

    @Test
    void withoutOptInOutputIsRaw() {
        assertEquals("<b>" + TEXT + "</b>\n", render("velocity/escaping/no-opt-in.vm", Map.of("text", TEXT)));
    }

    @Test
    void disableAntiXssWinsOverHtmlVmName() {
        assertEquals("<b>" + TEXT + "</b>\n", render("velocity/escaping/disabled.html.vm", Map.of("text", TEXT)));
    }

    @Test
    void parsedTemplateFollowsItsOwnOptIn() {
        String out = render("velocity/escaping/includes-plain.html.vm", Map.of("text", TEXT));
        assertEquals("<i>" + ESCAPED + "</i>\n<b>" + TEXT + "</b>\n", out);
    }

    /** Velocity escapes references interpolated into string literals too; the *Html name keeps it from escaping twice. */
    @Test
    void htmlBuiltInSetDirectiveIsEscapedOnce() {
        assertEquals("<a title='" + ESCAPED + "'>" + ESCAPED + "</a>\n", render("velocity/escaping/set-html.html.vm", Map.of("text", TEXT)));
    }

    @Test
    void unresolvedReferencesRenderAsWritten() {
        assertEquals("[$missing][]\n", render("velocity/escaping/unknown-null.html.vm", Map.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "' onmouseover='x", "a&b"})
    void payloadsStayDataInAttributesAndText(String payload) {
        Document page = Jsoup.parseBodyFragment(render("velocity/escaping/attributes.html.vm", Map.of("payload", payload)));
        assertTrue(page.select("script, img").isEmpty(), page.html());
        for (Element link : page.select("a")) {
            assertEquals(payload, link.text());
            assertEquals(payload, link.attr("title"));
            assertTrue(link.attributes().asList().stream().noneMatch(a -> a.getKey().startsWith("on")), link.outerHtml());
        }
        assertEquals("/x?q=" + payload, page.getElementById("double").attr("href"));
        assertEquals(2, page.select("a").size());
    }
}
