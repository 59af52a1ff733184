package io.outloud.community.macro;

import java.util.List;

/** What the community directory shows: the filters, the communities that match, suggestions for the reader. */
public final class DirectoryView {
    List<DirectoryEntry> entries = List.of();
    List<DirectoryEntry> suggestions = List.of();
    List<String> labels = List.of();
    List<String> departments = List.of();
    String sort = "activity";
    boolean signedIn = false;
    String countText = "";
    String anchor = "outloud-directory";
    /** The cursor of the next page ("" on the last): the Show more button carries it. */
    String next = "";

    public String getNext() {
        return next;
    }

    public List<DirectoryEntry> getEntries() {
        return entries;
    }

    public List<DirectoryEntry> getSuggestions() {
        return suggestions;
    }

    public List<String> getLabels() {
        return labels;
    }

    public List<String> getDepartments() {
        return departments;
    }

    public String getSort() {
        return sort;
    }

    public boolean isSignedIn() {
        return signedIn;
    }

    public String getCountText() {
        return countText;
    }

    public String getAnchor() {
        return anchor;
    }
}
