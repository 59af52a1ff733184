package com.atlassian.confluence.xhtml.api;

import com.atlassian.confluence.content.render.xhtml.storage.macro.MacroId;

/** Confluence: the builder {@link MacroDefinition#builder(String)} returns. Only the members the preview uses. */
public class MacroDefinitionBuilder {
    private String name;
    private MacroId macroIdentifier;

    MacroDefinitionBuilder() {
    }

    public MacroDefinitionBuilder withName(String name) {
        this.name = name;
        return this;
    }

    public MacroDefinitionBuilder withMacroIdentifier(MacroId macroId) {
        this.macroIdentifier = macroId;
        return this;
    }

    public MacroDefinition build() {
        return new MacroDefinition(name, macroIdentifier);
    }
}
