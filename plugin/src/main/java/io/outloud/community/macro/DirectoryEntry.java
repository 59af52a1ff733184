package io.outloud.community.macro;

import java.util.List;

/** One community in the directory: name, curiosity, labels, size, departments, the reader's membership. */
public final class DirectoryEntry {
    String key = "";
    String name = "";
    String url = "";
    String curiosity = "";
    String accessLabel = "";
    List<String> labels = List.of();
    String sizeText = "";
    boolean member = false;
    String newDepartmentsText = "";

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    public String getUrl() {
        return url;
    }

    public String getCuriosity() {
        return curiosity;
    }

    public String getAccessLabel() {
        return accessLabel;
    }

    public List<String> getLabels() {
        return labels;
    }

    public String getSizeText() {
        return sizeText;
    }

    public boolean isMember() {
        return member;
    }

    public String getNewDepartmentsText() {
        return newDepartmentsText;
    }
}
