package com.atlassian.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;

import java.util.Map;

/** Confluence: an xhtml-macro. Confluence calls {@link #execute} once per macro occurrence while rendering a page. */
public interface Macro {

    String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException;

    BodyType getBodyType();

    OutputType getOutputType();

    enum BodyType {
        PLAIN_TEXT,
        RICH_TEXT,
        NONE
    }

    /** Constants in Confluence's declaration order (INLINE first). */
    enum OutputType {
        INLINE,
        BLOCK
    }
}
