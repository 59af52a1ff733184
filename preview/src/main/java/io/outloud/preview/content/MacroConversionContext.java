package io.outloud.preview.content;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.xhtml.api.MacroDefinition;

import java.util.Map;

/**
 * The context of one macro invocation. Like Confluence, which sets "macroDefinition" on the rendering's context
 * before each execution, the definition belongs to this invocation while all other properties are shared by every
 * macro of the rendering.
 */
final class MacroConversionContext implements ConversionContext {

    static final String MACRO_DEFINITION = "macroDefinition";

    private final RenderTarget target;
    private final Map<String, Object> renderingProperties;
    private Object macroDefinition;

    MacroConversionContext(RenderTarget target, Map<String, Object> renderingProperties, MacroDefinition macroDefinition) {
        this.target = target;
        this.renderingProperties = renderingProperties;
        this.macroDefinition = macroDefinition;
    }

    @Override
    public ContentEntityObject getEntity() {
        return target.page();
    }

    @Override
    public String getSpaceKey() {
        return target.spaceKey();
    }

    @Override
    public String getOutputType() {
        return target.outputType();
    }

    @Override
    public Object getProperty(String name) {
        return MACRO_DEFINITION.equals(name) ? macroDefinition : renderingProperties.get(name);
    }

    @Override
    public void setProperty(String name, Object value) {
        if (MACRO_DEFINITION.equals(name)) {
            macroDefinition = value; // Confluence overwrites it before the next macro anyway
        } else {
            renderingProperties.put(name, value);
        }
    }
}
