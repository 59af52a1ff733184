package com.atlassian.confluence.xhtml.api;

import com.atlassian.confluence.content.render.xhtml.storage.macro.MacroId;

import java.util.Optional;

/**
 * Confluence: one macro occurrence as stored in the page. A plain bean here; the no-argument constructor
 * and setters are Confluence's too, and the preview fills them while reading storage format.
 */
public class MacroDefinition {
    private String name;
    private MacroId macroIdentifier;

    public MacroDefinition() {
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Optional<MacroId> getMacroIdentifier() {
        return Optional.ofNullable(macroIdentifier);
    }

    public void setMacroIdentifier(MacroId macroIdentifier) {
        this.macroIdentifier = macroIdentifier;
    }
}
