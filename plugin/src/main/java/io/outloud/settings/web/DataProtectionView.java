package io.outloud.settings.web;

import java.util.List;

/** The data-protection statement's view model. Public getters only: they are on the Velocity allowlist. */
public final class DataProtectionView {
    private final String intro;
    private final List<Section> sections;

    DataProtectionView(String intro, List<Section> sections) {
        this.intro = intro;
        this.sections = List.copyOf(sections);
    }

    /** When and from what the statement was generated. */
    public String getIntro() {
        return intro;
    }

    public List<Section> getSections() {
        return sections;
    }

    /** One heading with its sentences. */
    public static final class Section {
        private final String name;
        private final String heading;
        private final List<String> items;

        Section(String name, String heading, List<String> items) {
            this.name = name;
            this.heading = heading;
            this.items = List.copyOf(items);
        }

        /** A stable name for the section's id (stored, purpose, who, kept, optout, rights). */
        public String getName() {
            return name;
        }

        public String getHeading() {
            return heading;
        }

        public List<String> getItems() {
            return items;
        }
    }
}
