package io.outloud.spacetools.web;

import java.util.List;

/** The space tools page's view model. Public getters only: they are on the Velocity allowlist. */
public final class SpaceToolsView {
    private final String spaceKey;
    private final List<MacroRow> macros;

    SpaceToolsView(String spaceKey, List<MacroRow> macros) {
        this.spaceKey = spaceKey;
        this.macros = List.copyOf(macros);
    }

    public String getSpaceKey() {
        return spaceKey;
    }

    public List<MacroRow> getMacros() {
        return macros;
    }

    /** One macro: its stored name, its name as people read it, the three choices with the one made selected. */
    public static final class MacroRow {
        private final String name;
        private final String label;
        private final String defaultLabel;
        private final String choice;

        MacroRow(String name, String label, String defaultLabel, String choice) {
            this.name = name;
            this.label = label;
            this.defaultLabel = defaultLabel;
            this.choice = choice;
        }

        public String getName() {
            return name;
        }

        public String getLabel() {
            return label;
        }

        /** "Site default (on)" or "(off)", in the reader's language. */
        public String getDefaultLabel() {
            return defaultLabel;
        }

        public boolean isDefaultChosen() {
            return "default".equals(choice);
        }

        public boolean isOnChosen() {
            return "on".equals(choice);
        }

        public boolean isOffChosen() {
            return "off".equals(choice);
        }
    }
}
