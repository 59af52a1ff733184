package io.outloud.preview.content;

import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.xhtml.api.MacroDefinition;
import io.outloud.preview.content.TestMacros.RecordingMacro;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MacroInvocationTest {

    private final StorageFormatRenderer renderer = new StorageFormatRenderer();
    private final Page page = page();

    @Test
    void parametersReachTheMacroAsTheirTextValues() {
        RecordingMacro macro = new RecordingMacro(Macro.BodyType.NONE, body -> "<b>ok</b>");
        String storage = "<p>before</p><ac:structured-macro ac:name=\"status\" ac:schema-version=\"1\" ac:macro-id=\"m-1\">"
                + "<ac:parameter ac:name=\"title\">Done &amp; dusted&nbsp;&mdash; &lt;now&gt;</ac:parameter>"
                + "<ac:parameter ac:name=\"\">default value</ac:parameter>"
                + "<ac:parameter ac:name=\"page\"><ri:page ri:content-title=\"Home\"/></ac:parameter>"
                + "</ac:structured-macro>";

        RenderResult result = renderer.renderWithStats(storage, RenderTarget.display(page, TestMacros.resolver(Map.of("status", macro))));

        assertEquals("<p>before</p><b>ok</b>", result.html());
        assertEquals(1, result.macroInvocations());
        assertEquals(Map.of("title", "Done & dusted\u00a0\u2014 <now>", "", "default value", "page", "Home"), macro.calls.get(0).parameters());
        assertEquals("", macro.calls.get(0).body());
    }

    @Test
    void richTextBodyArrivesAsSanitizedViewHtmlWithNestedMacrosAlreadyRendered() {
        RecordingMacro outer = TestMacros.panel();
        RecordingMacro inner = new RecordingMacro(Macro.BodyType.NONE, body -> {
            assertTrue(outer.calls.isEmpty(), "inner macro runs before the outer one");
            return "<em>inner</em>";
        });
        String storage = "<ac:structured-macro ac:name=\"panel\"><ac:parameter ac:name=\"x\">1</ac:parameter><ac:rich-text-body>"
                + "<p style=\"color:red\" onclick=\"alert(1)\">Hi <strong>there</strong></p>"
                + "<ac:structured-macro ac:name=\"inner\"><ac:parameter ac:name=\"y\">2</ac:parameter></ac:structured-macro>"
                + "<script>alert(1)</script>"
                + "</ac:rich-text-body></ac:structured-macro>";

        RenderResult result = renderer.renderWithStats(storage, display(Map.of("panel", outer, "inner", inner)));

        assertEquals("<p>Hi <strong>there</strong></p><em>inner</em>", outer.calls.get(0).body());
        assertEquals(Map.of("x", "1"), outer.calls.get(0).parameters(), "nested macro parameters are not the outer's");
        assertEquals(Map.of("y", "2"), inner.calls.get(0).parameters());
        assertEquals("<div class=\"panel\"><p>Hi <strong>there</strong></p><em>inner</em></div>", result.html());
        assertEquals(2, result.macroInvocations());
    }

    @Test
    void plainTextBodyPassesRaw() {
        RecordingMacro code = new RecordingMacro(Macro.BodyType.PLAIN_TEXT, body -> "<pre>" + HtmlWriter.escapeText(body) + "</pre>");
        String storage = "<ac:structured-macro ac:name=\"code\"><ac:plain-text-body><![CDATA[if (a < b && c) { x = \"<p>&nbsp;\"; }]]>"
                + "</ac:plain-text-body></ac:structured-macro>";

        String html = renderer.render(storage, display(Map.of("code", code)));

        assertEquals("if (a < b && c) { x = \"<p>&nbsp;\"; }", code.calls.get(0).body());
        assertEquals("<pre>if (a &lt; b &amp;&amp; c) { x = \"&lt;p&gt;&amp;nbsp;\"; }</pre>", html);
    }

    @Test
    void bodyTypeNoneGetsAnEmptyBodyEvenWhenStorageHasOne() {
        RecordingMacro macro = new RecordingMacro(Macro.BodyType.NONE, body -> "");
        renderer.render("<ac:structured-macro ac:name=\"m\"><ac:rich-text-body><p>x</p></ac:rich-text-body></ac:structured-macro>",
                display(Map.of("m", macro)));
        assertEquals("", macro.calls.get(0).body());
    }

    @Test
    void contextCarriesPageSpaceOutputTypeAndMacroDefinition() {
        RecordingMacro macro = new RecordingMacro(Macro.BodyType.NONE, body -> "");
        String storage = "<ac:structured-macro ac:name=\"m\" ac:macro-id=\"0b1c-42\"/><ac:structured-macro ac:name=\"m\"/>";

        renderer.render(storage, RenderTarget.preview(page, TestMacros.resolver(Map.of("m", macro))));

        var context = macro.calls.get(0).context();
        assertSame(page, context.getEntity());
        assertEquals("DEV", context.getSpaceKey());
        assertEquals("preview", context.getOutputType());
        MacroDefinition definition = (MacroDefinition) context.getProperty("macroDefinition");
        assertEquals("m", definition.getName());
        assertEquals("0b1c-42", definition.getMacroIdentifier().orElseThrow().getId());
        assertNull(context.getProperty("somethingElse"));
        MacroDefinition unsaved = (MacroDefinition) macro.calls.get(1).context().getProperty("macroDefinition");
        assertFalse(unsaved.getMacroIdentifier().isPresent(), "ids are assigned on save, not on render");
        assertFalse(context == macro.calls.get(1).context(), "one context per invocation");
    }

    @Test
    void propertiesAreSharedWithinOneRenderingButNotTheMacroDefinition() {
        RecordingMacro macro = new RecordingMacro(Macro.BodyType.NONE, body -> "");
        RenderTarget target = display(Map.of("m", macro));
        String storage = "<ac:structured-macro ac:name=\"m\" ac:macro-id=\"a\"/><ac:structured-macro ac:name=\"m\" ac:macro-id=\"b\"/>";

        renderer.render(storage, target);
        var first = macro.calls.get(0).context();
        var second = macro.calls.get(1).context();
        first.setProperty("cache", "loaded");
        first.setProperty("macroDefinition", null);
        assertEquals("loaded", second.getProperty("cache"));
        assertEquals("b", ((MacroDefinition) second.getProperty("macroDefinition")).getMacroIdentifier().orElseThrow().getId());

        renderer.render(storage, target);
        assertNull(macro.calls.get(2).context().getProperty("cache"), "a new rendering starts with no properties");
    }

    @Test
    void checkedAndRuntimeFailuresBecomeEscapedErrorBoxes() {
        String storage = "<ac:structured-macro ac:name=\"checked\"><ac:parameter ac:name=\"title\">&lt;img src=x onerror=alert(1)&gt;</ac:parameter></ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"runtime\"><ac:parameter ac:name=\"title\">&lt;b&gt;</ac:parameter></ac:structured-macro>";

        RenderResult result = renderer.renderWithStats(storage, display(Map.of("checked", TestMacros.failing(true), "runtime", TestMacros.failing(false))));

        assertEquals("<div class=\"aui-message aui-message-error\"><p>Error rendering macro 'checked': bad title &lt;img src=x onerror=alert(1)&gt;</p></div>"
                + "<div class=\"aui-message aui-message-error\"><p>Error rendering macro 'runtime': bad title &lt;b&gt;</p></div>", result.html());
        assertEquals(2, result.macroInvocations(), "failed executions still count");
        assertFalse(result.html().contains("at io.outloud"), "no stack trace");
    }

    @Test
    void unknownMacroBecomesAnEscapedErrorBox() {
        RenderResult result = renderer.renderWithStats("<ac:structured-macro ac:name=\"&lt;i&gt;nope\"/>", display(Map.of()));

        assertEquals("<div class=\"aui-message aui-message-error\"><p>Unknown macro: &lt;i&gt;nope</p></div>", result.html());
        assertEquals(0, result.macroInvocations());
    }

    @Test
    void macroOutputIsInsertedAsIsAndNullOutputAsNothing() {
        RecordingMacro raw = new RecordingMacro(Macro.BodyType.NONE, body -> "<div data-x=\"1\" style=\"color:red\">as is</div>");
        RecordingMacro nothing = new RecordingMacro(Macro.BodyType.NONE, body -> null);
        String html = renderer.render("<ac:structured-macro ac:name=\"raw\"/><ac:structured-macro ac:name=\"nothing\"/>",
                display(Map.of("raw", raw, "nothing", nothing)));
        assertEquals("<div data-x=\"1\" style=\"color:red\">as is</div>", html);
    }

    @Test
    void invocationsAreCountedPerRendering() {
        RecordingMacro macro = new RecordingMacro(Macro.BodyType.RICH_TEXT, body -> body);
        String storage = "<ac:structured-macro ac:name=\"m\"><ac:rich-text-body><ac:structured-macro ac:name=\"m\"/></ac:rich-text-body></ac:structured-macro>";
        RenderTarget target = display(Map.of("m", macro));
        assertEquals(2, renderer.renderWithStats(storage, target).macroInvocations());
        assertEquals(2, renderer.renderWithStats(storage, target).macroInvocations());
        assertEquals(4, macro.calls.size());
    }

    @Test
    void macroInsideAPlainTextBodyIsTextNotAMacro() {
        RecordingMacro code = new RecordingMacro(Macro.BodyType.PLAIN_TEXT, body -> HtmlWriter.escapeText(body));
        RecordingMacro other = new RecordingMacro(Macro.BodyType.NONE, body -> "X");
        String storage = "<ac:structured-macro ac:name=\"code\"><ac:plain-text-body><![CDATA[<ac:structured-macro ac:name=\"other\"/>]]></ac:plain-text-body></ac:structured-macro>";
        RenderResult result = renderer.renderWithStats(storage, display(Map.of("code", code, "other", other)));
        assertEquals(1, result.macroInvocations());
        assertEquals(List.of(), other.calls);
    }

    private RenderTarget display(Map<String, Macro> macros) {
        return RenderTarget.display(page, TestMacros.resolver(macros));
    }

    private static Page page() {
        Page page = new Page();
        page.setId(7);
        page.setTitle("Home");
        Space space = new Space();
        space.setKey("DEV");
        page.setSpace(space);
        return page;
    }
}
