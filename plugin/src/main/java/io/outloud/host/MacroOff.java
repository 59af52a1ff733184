package io.outloud.host;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.sal.api.message.I18nResolver;
import io.outloud.common.macro.MacroContexts;
import io.outloud.common.text.HtmlWriter;
import io.outloud.content.PageAccess;
import io.outloud.settings.AppMacro;
import io.outloud.settings.SpaceMacros;

import java.util.Optional;

/**
 * How one of the app's macros renders where its space switched it off: its body as plain content (nothing the author
 * wrote disappears), and for people who may edit the page a short note that says why the rest is missing. Its data stays
 * and comes back when the macro is switched on again. The choice is read from a cluster-wide cache, and whether the
 * reader may edit once per page rendering, so a page's statements do not grow with its macros.
 */
public class MacroOff {
    private static final String MAY_EDIT = "io.outloud.settings.mayEdit";

    private final SpaceMacros macros;
    private final PageAccess pages;
    private final I18nResolver i18n;

    public MacroOff(SpaceMacros macros, PageAccess pages, I18nResolver i18n) {
        this.macros = macros;
        this.pages = pages;
        this.i18n = i18n;
    }

    /** The switched-off rendering, or empty when the macro is on in the page's space. */
    public Optional<String> render(AppMacro macro, String body, ConversionContext context) {
        if (macros.isOn(macro, context.getSpaceKey())) {
            return Optional.empty();
        }
        ContentEntityObject entity = context.getEntity();
        long pageId = entity == null ? 0 : entity.getId();
        boolean editor = pageId > 0 && MacroContexts.oncePerPage(context, MAY_EDIT, Boolean.class, pageId, pages::mayEdit);
        HtmlWriter out = new HtmlWriter(256 + (body == null ? 0 : body.length()));
        out.raw("<div class=\"outloud-macro-off\"").attribute("data-macro", macro.macroName()).raw(">");
        if (editor) {
            out.raw("<div class=\"aui-message aui-message-info outloud-macro-off-note\"><p>")
                    .text(i18n.getText("outloud.space.macro-off.note", i18n.getText(macro.labelKey()))).raw("</p></div>");
        }
        // The body as Confluence rendered it for the page (rich text it already made safe), as a plain macro would show it.
        out.raw(body == null ? "" : body).raw("</div>");
        return Optional.of(out.toString());
    }
}
