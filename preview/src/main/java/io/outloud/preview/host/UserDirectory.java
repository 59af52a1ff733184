package io.outloud.preview.host;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The preview's users (Confluence's user directory, profile fields: department, job title; and group memberships). Looked up by
 * key through a cache, as Confluence's user cache answers most lookups without SQL; the demo users do not change
 * while a preview runs, so two preview nodes need no shared cache.
 */
public final class UserDirectory {
    private final Jdbc jdbc;
    private final java.util.Map<String, PreviewUser> byKey = new java.util.concurrent.ConcurrentHashMap<>();

    public UserDirectory(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void save(PreviewUser user) {
        if (byKey(user.getKey().getStringValue()).isPresent()) {
            jdbc.update("UPDATE PV_USER SET USERNAME = ?, FULL_NAME = ?, EMAIL = ?, DEPARTMENT = ?, JOB_TITLE = ?, SITE_ADMIN = ? WHERE USER_KEY = ?",
                    user.getName(), user.getFullName(), user.getEmail(), user.department(), user.jobTitle(), user.siteAdmin(),
                    user.getKey().getStringValue());
        } else {
            jdbc.update("INSERT INTO PV_USER (USER_KEY, USERNAME, FULL_NAME, EMAIL, DEPARTMENT, JOB_TITLE, SITE_ADMIN) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    user.getKey().getStringValue(), user.getName(), user.getFullName(), user.getEmail(), user.department(),
                    user.jobTitle(), user.siteAdmin());
        }
        jdbc.update("DELETE FROM PV_USER_GROUP WHERE USER_KEY = ?", user.getKey().getStringValue());
        for (int i = 0; i < user.groups().size(); i++) {
            jdbc.update("INSERT INTO PV_USER_GROUP (USER_KEY, POSITION, GROUP_NAME) VALUES (?, ?, ?)", user.getKey().getStringValue(), i,
                    user.groups().get(i));
        }
        byKey.remove(user.getKey().getStringValue());
    }

    public Optional<PreviewUser> byKey(String key) {
        PreviewUser cached = byKey.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<PreviewUser> found = jdbc.queryOne("SELECT * FROM PV_USER WHERE USER_KEY = ?", UserDirectory::user, key).map(this::withGroups);
        found.ifPresent(user -> byKey.put(key, user));
        return found;
    }

    public Optional<PreviewUser> byUsername(String username) {
        return jdbc.queryOne("SELECT * FROM PV_USER WHERE USERNAME = ?", UserDirectory::user, username).map(this::withGroups);
    }

    private PreviewUser withGroups(PreviewUser user) {
        return user.withGroups(jdbc.query("SELECT GROUP_NAME FROM PV_USER_GROUP WHERE USER_KEY = ? ORDER BY POSITION",
                row -> row.getString(1), user.getKey().getStringValue()));
    }

    /**
     * Removes the user as Confluence's user management does (their pages keep their key as creator); the caller
     * publishes the removal event.
     */
    public void remove(String userKey) {
        for (String table : List.of("PV_USER_GROUP", "PV_USER_LANGUAGE", "PV_USER_DEACTIVATED", "PV_SPACE_PERMISSION", "PV_USER")) {
            jdbc.update("DELETE FROM " + table + " WHERE USER_KEY = ?", userKey);
        }
        byKey.remove(userKey);
    }

    /** Deactivated users stay (their content keeps its author) but can no longer sign in. */
    public void setDeactivated(String userKey, boolean deactivated) {
        jdbc.update("DELETE FROM PV_USER_DEACTIVATED WHERE USER_KEY = ?", userKey);
        if (deactivated) {
            jdbc.update("INSERT INTO PV_USER_DEACTIVATED (USER_KEY) VALUES (?)", userKey);
        }
    }

    public boolean isDeactivated(String userKey) {
        return jdbc.queryOne("SELECT USER_KEY FROM PV_USER_DEACTIVATED WHERE USER_KEY = ?", row -> row.getString(1), userKey).isPresent();
    }

    /** The language a person chose (Confluence keeps it in their profile settings); empty when they chose none. */
    public Optional<String> language(String userKey) {
        return jdbc.queryOne("SELECT LANGUAGE FROM PV_USER_LANGUAGE WHERE USER_KEY = ?", row -> row.getString(1), userKey);
    }

    public void setLanguage(String userKey, String language) {
        jdbc.update("DELETE FROM PV_USER_LANGUAGE WHERE USER_KEY = ?", userKey);
        jdbc.update("INSERT INTO PV_USER_LANGUAGE (USER_KEY, LANGUAGE) VALUES (?, ?)", userKey, language);
    }

    public List<PreviewUser> all() {
        java.util.Map<String, List<String>> groups = new java.util.HashMap<>();
        for (String[] row : jdbc.query("SELECT USER_KEY, GROUP_NAME FROM PV_USER_GROUP ORDER BY USER_KEY, POSITION",
                r -> new String[]{r.getString(1), r.getString(2)})) {
            groups.computeIfAbsent(row[0], k -> new java.util.ArrayList<>()).add(row[1]);
        }
        return jdbc.query("SELECT * FROM PV_USER ORDER BY FULL_NAME", UserDirectory::user).stream()
                .map(user -> user.withGroups(groups.getOrDefault(user.getKey().getStringValue(), List.of()))).toList();
    }

    private static PreviewUser user(ResultSet row) throws SQLException {
        return new PreviewUser(row.getString("USER_KEY"), row.getString("USERNAME"), row.getString("FULL_NAME"),
                row.getString("EMAIL"), row.getString("DEPARTMENT"), row.getString("JOB_TITLE"), row.getBoolean("SITE_ADMIN"));
    }
}
