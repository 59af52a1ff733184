package io.outloud.preview.host;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.confluence.user.UserDetailsManager;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;

import java.util.List;

/** Confluence's user accessor (users by key, their groups) and profile fields over the preview's directory ("department", "position"). */
public final class PreviewUserDetails implements UserAccessor, UserDetailsManager {
    private final UserDirectory users;

    public PreviewUserDetails(UserDirectory users) {
        this.users = users;
    }

    @Override
    public ConfluenceUser getUserByKey(UserKey key) {
        return key == null ? null : users.byKey(key.getStringValue()).orElse(null);
    }

    /** As Confluence's: the names of the user's groups, empty for null (or a user of no directory here). */
    @Override
    public List<String> getGroupNames(User user) {
        return user instanceof PreviewUser person ? person.groups() : List.of();
    }

    /** As Confluence's: the user while a directory holds them (the preview keeps no mapping of removed users). */
    @Override
    public ConfluenceUser getExistingUserByKey(UserKey key) {
        return getUserByKey(key);
    }

    /** As Confluence's: whether the user may no longer sign in (kept, with their content). */
    @Override
    public boolean isDeactivated(User user) {
        return user instanceof PreviewUser person && users.isDeactivated(person.getKey().getStringValue());
    }

    @Override
    public String getStringProperty(User user, String key) {
        if (!(user instanceof PreviewUser person)) {
            return null;
        }
        return switch (key) {
            case "department" -> person.department();
            case "position" -> person.jobTitle();
            default -> null;
        };
    }
}
