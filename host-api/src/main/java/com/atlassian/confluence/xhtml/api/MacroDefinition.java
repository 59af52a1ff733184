package com.atlassian.confluence.xhtml.api;

import com.atlassian.confluence.content.render.xhtml.storage.macro.MacroId;

import java.util.Optional;

/**
 * Confluence: one macro occurrence as stored in the page. A plain bean here; the setters are Confluence's
 * too, and the preview fills them while reading storage format. Confluence itself builds instances with
 * {@code MacroDefinition.builder()}, which is not declared here.
 */
public class MacroDefinition {
    private String name;
    private MacroId macroIdentifier;

    /**
     * Preview-only: Confluence 7.x-10.x has no public no-argument constructor (removed after its deprecation
     * in 5.8). Only the preview may call it; plugin code must never construct a MacroDefinition.
     */
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
