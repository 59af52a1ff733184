package io.outloud.preview.content;

import com.atlassian.confluence.pages.AbstractPage;

import java.util.Objects;

/**
 * What a rendering is for: the page (may be null when previewing unsaved content), its space, the output type
 * macros see in their {@code ConversionContext} ("display" or "preview") and where macros come from.
 */
public record RenderTarget(AbstractPage page, String spaceKey, String outputType, MacroResolver macros) {

    public static final String DISPLAY = "display";
    public static final String PREVIEW = "preview";

    public RenderTarget {
        Objects.requireNonNull(outputType, "outputType");
        Objects.requireNonNull(macros, "macros");
    }

    public static RenderTarget display(AbstractPage page, MacroResolver macros) {
        return new RenderTarget(page, page == null ? null : page.getSpaceKey(), DISPLAY, macros);
    }

    public static RenderTarget preview(AbstractPage page, MacroResolver macros) {
        return new RenderTarget(page, page == null ? null : page.getSpaceKey(), PREVIEW, macros);
    }
}
