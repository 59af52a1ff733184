package io.outloud.home.web;

import java.util.List;

/**
 * My Out Loud as its template shows it: every text already in the reader's language, every address behind the context
 * path; the template escapes each value.
 */
public final class HomeView {
    private final List<Section> sections;
    private final List<PathStep> path;
    private final String pathSummary;
    private final NextStepView nextStep;
    private final boolean suggestions;

    HomeView(List<Section> sections, List<PathStep> path, String pathSummary, NextStepView nextStep, boolean suggestions) {
        this.sections = List.copyOf(sections);
        this.path = List.copyOf(path);
        this.pathSummary = pathSummary;
        this.nextStep = nextStep;
        this.suggestions = suggestions;
    }

    public List<Section> getSections() {
        return sections;
    }

    public List<PathStep> getPath() {
        return path;
    }

    public String getPathSummary() {
        return pathSummary;
    }

    /** The one next step, or null when there is none (or suggestions are off). */
    public NextStepView getNextStep() {
        return nextStep;
    }

    public boolean isSuggestions() {
        return suggestions;
    }

    /** One list of the page: its title, its first items, what it says when empty, and its own page for the rest ("" if none). */
    public record Section(String id, String title, List<Line> lines, String emptyText, String moreUrl, String moreText) {
        public Section {
            lines = List.copyOf(lines);
        }

        public String getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        public List<Line> getLines() {
            return lines;
        }

        public String getEmptyText() {
            return emptyText;
        }

        public String getMoreUrl() {
            return moreUrl;
        }

        public String getMoreText() {
            return moreText;
        }
    }

    /** One item: what it says, where it leads, a detail line and a short marker ("" for none). */
    public record Line(String text, String url, String detail, String badge) {
        public String getText() {
            return text;
        }

        public String getUrl() {
            return url;
        }

        public String getDetail() {
            return detail;
        }

        public String getBadge() {
            return badge;
        }
    }

    /** One step of the 3C path: its name, whether it was taken this month, and that said in words. */
    public record PathStep(String code, String label, boolean taken, String state) {
        public String getCode() {
            return code;
        }

        public String getLabel() {
            return label;
        }

        public boolean isTaken() {
            return taken;
        }

        public String getState() {
            return state;
        }
    }

    /** The suggested next step: its code (for dismissing), its sentence, and where to do it. */
    public record NextStepView(String code, String text, String url, String actionText) {
        public String getCode() {
            return code;
        }

        public String getText() {
            return text;
        }

        public String getUrl() {
            return url;
        }

        public String getActionText() {
            return actionText;
        }
    }
}
