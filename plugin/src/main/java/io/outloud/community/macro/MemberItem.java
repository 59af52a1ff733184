package io.outloud.community.macro;

/** A person as a community page shows them: name, avatar, department, what they are open to talk about. */
public final class MemberItem {
    final String userKey;
    final String name;
    final String avatarUrl;
    final String department;
    final String openTo;
    final boolean lead;

    MemberItem(String userKey, String name, String avatarUrl, String department, String openTo, boolean lead) {
        this.userKey = userKey;
        this.name = name;
        this.avatarUrl = avatarUrl;
        this.department = department;
        this.openTo = openTo;
        this.lead = lead;
    }

    public String getUserKey() {
        return userKey;
    }

    public String getName() {
        return name;
    }

    public String getAvatarUrl() {
        return avatarUrl;
    }

    public String getDepartment() {
        return department;
    }

    public String getOpenTo() {
        return openTo;
    }

    public boolean isLead() {
        return lead;
    }
}
