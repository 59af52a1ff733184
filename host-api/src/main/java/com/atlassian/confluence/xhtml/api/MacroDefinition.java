package com.atlassian.confluence.xhtml.api;

import com.atlassian.confluence.content.render.xhtml.storage.macro.MacroId;

import java.util.Optional;

/**
 * Confluence: one macro occurrence as stored in the page. As in Confluence 9.x and 10.x there is no public
 * no-argument constructor: instances come from {@link #builder(String)} (what Confluence's javadoc calls "the correct
 * way to construct a new MacroDefinition") or the copy constructor. Plugin code only reads them.
 */
public class MacroDefinition {
    private final String name;
    private final MacroId macroIdentifier;

    /** Copy constructor, as in Confluence. */
    public MacroDefinition(MacroDefinition macroDefinition) {
        this(macroDefinition.name, macroDefinition.macroIdentifier);
    }

    MacroDefinition(String name, MacroId macroIdentifier) {
        this.name = name;
        this.macroIdentifier = macroIdentifier;
    }

    public static MacroDefinitionBuilder builder(String macroName) {
        return new MacroDefinitionBuilder().withName(macroName);
    }

    public String getName() {
        return name;
    }

    public Optional<MacroId> getMacroIdentifier() {
        return Optional.ofNullable(macroIdentifier);
    }
}
