package io.outloud.preview.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MalformedStorageTest {

    private final StorageFormatRenderer renderer = new StorageFormatRenderer();

    private String render(String storage) {
        return renderer.render(storage, RenderTarget.display(null, MacroResolver.none()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<p>unclosed",
            "<p><b>crossed</p></b>",
            "<p class=unquoted>x</p>",
            "</ac:confluence><script>alert(1)</script><ac:confluence>",
            "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><p>&e;</p>",
            "<?xml version=\"1.0\"?><p>x</p>",
            "<p>&#0;</p>",
            "<ac:structured-macro ac:name=\"x\"><ac:plain-text-body><![CDATA[never closed</ac:plain-text-body></ac:structured-macro>"})
    void malformedStorageRendersAnErrorPanelInsteadOfFailing(String storage) {
        String html = render(storage);
        assertTrue(html.startsWith("<div class=\"aui-message aui-message-error\"><p>Unable to render the page content: "), html);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("root:"), "no file content leaks: " + html);
    }

    @Test
    void errorPanelMessageIsEscaped() {
        String html = render("<p><img src=x onerror=alert(1)></p>");
        assertEquals(1, org.jsoup.Jsoup.parseBodyFragment(html).body().select("*").stream().filter(e -> e.tagName().equals("div")).count());
        assertTrue(org.jsoup.Jsoup.parseBodyFragment(html).select("img").isEmpty(), html);
    }

    @Test
    void excessiveNestingIsRejectedRatherThanOverflowingTheStack() {
        String html = render("<div>".repeat(5000) + "x" + "</div>".repeat(5000));
        assertTrue(html.contains("aui-message-error"), html.substring(0, Math.min(200, html.length())));
    }

    @Test
    void htmlEntitiesAndStrayAmpersandsAreTolerated() {
        assertEquals("<p>a\u00a0b \u2014 &amp;bogus; R&amp;D &amp; &lt; \u00e9 \u20ac \ud83d\ude00</p>",
                render("<p>a&nbsp;b &mdash; &bogus; R&D & &lt; &eacute; &#x20AC; &#128512;</p>"));
    }

    @Test
    void emptyAndNullStorageRenderNothing() {
        assertEquals("", render(""));
        assertEquals("", render(null));
    }

    @Test
    void findMacrosAndIdAssignmentRefuseMalformedStorage() {
        assertThrows(MalformedStorageException.class, () -> StorageMacros.findMacros("<p>"));
        assertThrows(MalformedStorageException.class, () -> StorageMacros.assignMissingMacroIds("<ac:structured-macro ac:name=\"x\">"));
    }
}
