package io.outloud.common.macro;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.content.render.xhtml.storage.macro.MacroId;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.xhtml.api.MacroDefinition;

import java.util.Optional;
import java.util.function.LongFunction;

/**
 * What every macro that keeps data per occurrence reads from Confluence's rendering: its macro id, who saved the page
 * last, and the data of the whole page, loaded once per rendering for all its occurrences.
 */
public final class MacroContexts {
    private static final String TEXTS = "io.outloud.texts";

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

    /** The texts of this rendering, shared by every macro occurrence in it (one reader, one language). */
    public static Texts texts(ConversionContext context, I18nResolver i18n) {
        Object cached = context.getProperty(TEXTS);
        if (cached instanceof Texts texts) {
            return texts;
        }
        Texts texts = new Texts(i18n);
        context.setProperty(TEXTS, texts);
        return texts;
    }

    /**
     * The data of this page for one kind of macro, loaded by the first occurrence a rendering meets and kept in the
     * conversion context for the others, so that a page's statements do not grow with its occurrences.
     */
    public static <T> T oncePerPage(ConversionContext context, String key, Class<T> type, long pageId, LongFunction<T> load) {
        String slot = key + "/" + pageId;
        Object cached = context.getProperty(slot);
        if (type.isInstance(cached)) {
            return type.cast(cached);
        }
        T loaded = load.apply(pageId);
        context.setProperty(slot, loaded);
        return loaded;
    }
}
