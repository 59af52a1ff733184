package io.outloud.preview.host;

import com.atlassian.confluence.spaces.Space;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Spaces and who may view, edit and administer them; anonymous viewing is a per-space switch. */
public final class SpaceDirectory {
    private final Jdbc jdbc;

    public SpaceDirectory(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void create(String key, String name, boolean anonymousView) {
        jdbc.update("INSERT INTO PV_SPACE (SPACE_KEY, NAME, ANONYMOUS_VIEW) VALUES (?, ?, ?)", key, name, anonymousView);
    }

    /** Removes the space and everyone's permissions on it (its pages go through {@link PageRepository#deleteInSpace}). */
    public void remove(String key) {
        jdbc.update("DELETE FROM PV_SPACE_PERMISSION WHERE SPACE_KEY = ?", key);
        jdbc.update("DELETE FROM PV_SPACE WHERE SPACE_KEY = ?", key);
    }

    public Optional<Space> space(String key) {
        return jdbc.queryOne("SELECT SPACE_KEY, NAME FROM PV_SPACE WHERE SPACE_KEY = ?", row -> {
            Space space = new Space(row.getString("SPACE_KEY"));
            space.setName(row.getString("NAME"));
            return space;
        }, key);
    }

    public List<Space> all() {
        return jdbc.query("SELECT SPACE_KEY, NAME FROM PV_SPACE ORDER BY NAME", row -> {
            Space space = new Space(row.getString("SPACE_KEY"));
            space.setName(row.getString("NAME"));
            return space;
        });
    }

    public boolean anonymousView(String spaceKey) {
        return jdbc.queryOne("SELECT ANONYMOUS_VIEW FROM PV_SPACE WHERE SPACE_KEY = ?", row -> row.getBoolean(1), spaceKey).orElse(false);
    }

    public void grant(String spaceKey, String userKey, SpacePermission... permissions) {
        for (SpacePermission permission : permissions) {
            jdbc.update("DELETE FROM PV_SPACE_PERMISSION WHERE SPACE_KEY = ? AND USER_KEY = ? AND PERMISSION = ?", spaceKey, userKey, permission.name());
            jdbc.update("INSERT INTO PV_SPACE_PERMISSION (SPACE_KEY, USER_KEY, PERMISSION) VALUES (?, ?, ?)", spaceKey, userKey, permission.name());
        }
    }

    public Set<SpacePermission> permissions(String spaceKey, String userKey) {
        Set<SpacePermission> result = EnumSet.noneOf(SpacePermission.class);
        jdbc.query("SELECT PERMISSION FROM PV_SPACE_PERMISSION WHERE SPACE_KEY = ? AND USER_KEY = ?",
                row -> SpacePermission.valueOf(row.getString(1)), spaceKey, userKey).forEach(result::add);
        return result;
    }
}
