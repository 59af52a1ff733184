package io.outloud.preview.host;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Pages in storage format, with optional per-page view restrictions (only the listed users may view). */
public final class PageRepository {
    private final Jdbc jdbc;
    private final SpaceDirectory spaces;
    private final UserDirectory users;

    public PageRepository(Jdbc jdbc, SpaceDirectory spaces, UserDirectory users) {
        this.jdbc = jdbc;
        this.spaces = spaces;
        this.users = users;
    }

    public long create(String spaceKey, String title, String body, String creatorKey) {
        return jdbc.insert("INSERT INTO PV_PAGE (SPACE_KEY, TITLE, BODY, VERSION, CREATOR_KEY, LAST_MODIFIER_KEY, LAST_MODIFIED) VALUES (?, ?, ?, 1, ?, ?, ?)",
                spaceKey, title, body, creatorKey, creatorKey, Timestamp.from(Instant.now()));
    }

    public void update(long id, String title, String body, String modifierKey) {
        jdbc.update("UPDATE PV_PAGE SET TITLE = ?, BODY = ?, VERSION = VERSION + 1, LAST_MODIFIER_KEY = ?, LAST_MODIFIED = ? WHERE ID = ?",
                title, body, modifierKey, Timestamp.from(Instant.now()), id);
    }

    public void setTrashed(long id, boolean trashed) {
        jdbc.update("UPDATE PV_PAGE SET TRASHED = ? WHERE ID = ?", trashed, id);
    }

    public void purge(long id) {
        jdbc.update("DELETE FROM PV_PAGE_VIEWER WHERE PAGE_ID = ?", id);
        jdbc.update("DELETE FROM PV_PAGE WHERE ID = ?", id);
    }

    /** Every page of a space, in the trash or not, with its view restrictions. */
    public void deleteInSpace(String spaceKey) {
        jdbc.update("DELETE FROM PV_PAGE_VIEWER WHERE PAGE_ID IN (SELECT ID FROM PV_PAGE WHERE SPACE_KEY = ?)", spaceKey);
        jdbc.update("DELETE FROM PV_PAGE WHERE SPACE_KEY = ?", spaceKey);
    }

    public Optional<StoredPage> find(long id) {
        return jdbc.queryOne("SELECT * FROM PV_PAGE WHERE ID = ?", PageRepository::page, id);
    }

    public Optional<StoredPage> findByTitle(String spaceKey, String title) {
        return jdbc.queryOne("SELECT * FROM PV_PAGE WHERE SPACE_KEY = ? AND TITLE = ? AND TRASHED = FALSE", PageRepository::page, spaceKey, title);
    }

    public List<StoredPage> trashedInSpace(String spaceKey) {
        return jdbc.query("SELECT * FROM PV_PAGE WHERE SPACE_KEY = ? AND TRASHED = TRUE ORDER BY TITLE", PageRepository::page, spaceKey);
    }

    public List<StoredPage> inSpace(String spaceKey) {
        return jdbc.query("SELECT * FROM PV_PAGE WHERE SPACE_KEY = ? AND TRASHED = FALSE ORDER BY TITLE", PageRepository::page, spaceKey);
    }

    /** Restricts viewing to these users (empty: everyone the space lets view). */
    public void restrictViewers(long pageId, Set<String> userKeys) {
        jdbc.update("DELETE FROM PV_PAGE_VIEWER WHERE PAGE_ID = ?", pageId);
        for (String userKey : userKeys) {
            jdbc.update("INSERT INTO PV_PAGE_VIEWER (PAGE_ID, USER_KEY) VALUES (?, ?)", pageId, userKey);
        }
    }

    public Set<String> viewers(long pageId) {
        return new TreeSet<>(jdbc.query("SELECT USER_KEY FROM PV_PAGE_VIEWER WHERE PAGE_ID = ?", row -> row.getString(1), pageId));
    }

    /** The page as Confluence's API object, with its space. */
    public Optional<Page> asConfluencePage(long id) {
        return find(id).map(this::toConfluencePage);
    }

    public Page toConfluencePage(StoredPage stored) {
        Page page = new Page();
        page.setId(stored.id());
        page.setTitle(stored.title());
        page.setBodyAsString(stored.body());
        page.setCreator(stored.creatorKey() == null ? null : users.byKey(stored.creatorKey()).orElse(null));
        page.setLastModifier(stored.lastModifierKey() == null ? null : users.byKey(stored.lastModifierKey()).orElse(null));
        page.setSpace(spaces.space(stored.spaceKey()).orElseThrow());
        return page;
    }

    private static StoredPage page(ResultSet row) throws SQLException {
        return new StoredPage(row.getLong("ID"), row.getString("SPACE_KEY"), row.getString("TITLE"), row.getString("BODY"),
                row.getInt("VERSION"), row.getString("CREATOR_KEY"), row.getString("LAST_MODIFIER_KEY"),
                row.getTimestamp("LAST_MODIFIED").toInstant(), row.getBoolean("TRASHED"));
    }
}
