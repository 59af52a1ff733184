package io.outloud.common.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.content.render.xhtml.storage.macro.MacroId;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.xhtml.api.MacroDefinition;

import java.util.Optional;

/** What every macro that keeps data per occurrence reads from Confluence's rendering: its macro id, and who saved the page last. */
public final class MacroContexts {
    private MacroContexts() {
    }

    /** The id Confluence gave this macro occurrence in the page, if the rendering says (exports and previews may not). */
    public static Optional<String> macroId(ConversionContext context) {
        Object definition = context.getProperty("macroDefinition");
        if (definition instanceof MacroDefinition macroDefinition) {
            return macroDefinition.getMacroIdentifier().map(MacroId::getId);
        }
        return Optional.empty();
    }

    /**
     * Who becomes the author of an occurrence that no page save registered (its page predates the app): the page's
     * last editor, else its creator; null for an anonymous page.
     */
    public static String fallbackAuthorKey(AbstractPage page) {
        ConfluenceUser user = page.getLastModifier() != null ? page.getLastModifier() : page.getCreator();
        return user == null || user.getKey() == null ? null : user.getKey().getStringValue();
    }
}
