package io.outloud.preview.host;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;

import java.util.List;
import java.util.Objects;

/** A person of the preview's directory, as Confluence's user, profile and group memberships would describe them. */
public final class PreviewUser implements ConfluenceUser {
    private final UserKey key;
    private final String username;
    private final String fullName;
    private final String email;
    private final String department;
    private final String jobTitle;
    private final boolean siteAdmin;
    private final List<String> groups;

    /** Someone in no group. */
    public PreviewUser(String key, String username, String fullName, String email, String department, String jobTitle, boolean siteAdmin) {
        this(key, username, fullName, email, department, jobTitle, siteAdmin, List.of());
    }

    public PreviewUser(String key, String username, String fullName, String email, String department, String jobTitle, boolean siteAdmin,
                       List<String> groups) {
        this.groups = List.copyOf(groups);
        this.key = new UserKey(key);
        this.username = Objects.requireNonNull(username, "username");
        this.fullName = Objects.requireNonNull(fullName, "fullName");
        this.email = email;
        this.department = department;
        this.jobTitle = jobTitle;
        this.siteAdmin = siteAdmin;
    }

    @Override
    public UserKey getKey() {
        return key;
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public String getFullName() {
        return fullName;
    }

    @Override
    public String getEmail() {
        return email;
    }

    public String department() {
        return department;
    }

    public String jobTitle() {
        return jobTitle;
    }

    public boolean siteAdmin() {
        return siteAdmin;
    }

    /** The names of the groups they belong to, in the order they were given. */
    public List<String> groups() {
        return groups;
    }

    public PreviewUser withGroups(List<String> names) {
        return new PreviewUser(key.getStringValue(), username, fullName, email, department, jobTitle, siteAdmin, names);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PreviewUser that && key.equals(that.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return username;
    }
}
