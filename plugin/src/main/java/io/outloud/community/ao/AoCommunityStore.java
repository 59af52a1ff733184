package io.outloud.community.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.community.Community;
import io.outloud.community.CommunityStore;
import io.outloud.community.DuplicateCommunityException;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@link CommunityStore} on Active Objects. */
public class AoCommunityStore implements CommunityStore {
    private final ActiveObjects ao;

    public AoCommunityStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public Community create(Community c) {
        refuseTaken(c, 0);
        try {
            AoCommunity row = ao.executeInTransaction(() -> ao.create(AoCommunity.class,
                    new DBParam(AoCommunity.COMMUNITY_KEY, c.key()),
                    new DBParam(AoCommunity.NAME, c.name()),
                    new DBParam(AoCommunity.NAME_KEY, nameKey(c.name())),
                    new DBParam(AoCommunity.CURIOSITY, c.curiosity()),
                    new DBParam(AoCommunity.ACCESS, c.access().code()),
                    new DBParam(AoCommunity.LABELS, labels(c.labels())),
                    new DBParam(AoCommunity.HOME_PAGE_ID, c.homePageId()),
                    new DBParam(AoCommunity.HOME_MACRO_ID, c.homeMacroId()),
                    new DBParam(AoCommunity.CREATED_BY, c.createdBy()),
                    new DBParam(AoCommunity.CREATED_AT, c.createdAt().toEpochMilli()),
                    new DBParam(AoCommunity.ACTIVE_AT, c.createdAt().toEpochMilli())));
            return toCommunity(row);
        } catch (RuntimeException e) {
            refuseTaken(c, 0); // a racing create took the key or the name
            throw e;
        }
    }

    /** Refuses a key or name that another community (not row {@code ownId}) has. */
    private void refuseTaken(Community c, int ownId) {
        AoCommunity[] taken = ao.find(AoCommunity.class, Query.select("ID")
                .where("(" + AoCommunity.COMMUNITY_KEY + " = ? OR " + AoCommunity.NAME_KEY + " = ?) AND ID <> ?", c.key(), nameKey(c.name()), ownId));
        if (taken.length > 0) {
            throw new DuplicateCommunityException(c.name());
        }
    }

    @Override
    public Optional<Community> find(String key) {
        return row(key).map(AoCommunityStore::toCommunity);
    }

    private Optional<AoCommunity> row(String key) {
        AoCommunity[] rows = ao.find(AoCommunity.class, Query.select().where(AoCommunity.COMMUNITY_KEY + " = ?", key));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    @Override
    public List<Community> all() {
        List<Community> all = new ArrayList<>();
        for (AoCommunity row : ao.find(AoCommunity.class, Query.select().order(AoCommunity.NAME_KEY + " ASC"))) {
            all.add(toCommunity(row));
        }
        return all;
    }

    @Override
    public Community update(Community c) {
        AoCommunity row = row(c.key()).orElseThrow(() -> new IllegalArgumentException("no community " + c.key()));
        refuseTaken(c, row.getID());
        row.setName(c.name());
        row.setNameKey(nameKey(c.name()));
        row.setCuriosity(c.curiosity());
        row.setAccessMode(c.access().code());
        row.setLabels(labels(c.labels()));
        try {
            row.save();
        } catch (RuntimeException e) {
            refuseTaken(c, row.getID());
            throw e;
        }
        return toCommunity(row);
    }

    @Override
    public void setHome(String key, long pageId, String macroId) {
        row(key).ifPresent(row -> {
            row.setHomePageId(pageId);
            row.setHomeMacroId(macroId == null ? "" : macroId);
            row.save();
        });
    }

    @Override
    public void unhome(long pageId) {
        for (AoCommunity row : ao.find(AoCommunity.class, Query.select().where(AoCommunity.HOME_PAGE_ID + " = ?", pageId))) {
            row.setLastHomeId(pageId);
            row.setHomePageId(0);
            row.save();
        }
    }

    @Override
    public void rehome(long pageId) {
        for (AoCommunity row : ao.find(AoCommunity.class, Query.select()
                .where(AoCommunity.LAST_HOME_ID + " = ? AND " + AoCommunity.HOME_PAGE_ID + " = 0", pageId))) {
            row.setHomePageId(pageId);
            row.setLastHomeId(0);
            row.save();
        }
    }

    @Override
    public List<Community> homedOn(long pageId) {
        List<Community> found = new ArrayList<>();
        for (AoCommunity row : ao.find(AoCommunity.class, Query.select().where(AoCommunity.HOME_PAGE_ID + " = ?", pageId))) {
            found.add(toCommunity(row));
        }
        return found;
    }

    @Override
    public void touch(String key, Instant at) {
        row(key).filter(row -> row.getActiveAt() + ACTIVITY_GRAIN_MILLIS <= at.toEpochMilli()).ifPresent(row -> {
            row.setActiveAt(at.toEpochMilli());
            row.save();
        });
    }

    @Override
    public Map<String, Instant> activity() {
        Map<String, Instant> activity = new HashMap<>();
        for (AoCommunity row : ao.find(AoCommunity.class, Query.select("ID, " + AoCommunity.COMMUNITY_KEY + ", " + AoCommunity.ACTIVE_AT))) {
            activity.put(row.getCommunityKey(), Instant.ofEpochMilli(row.getActiveAt()));
        }
        return activity;
    }

    @Override
    public void delete(String key) {
        ao.deleteWithSQL(AoCommunity.class, AoCommunity.COMMUNITY_KEY + " = ?", key);
    }

    private static String labels(List<String> labels) {
        return labels.isEmpty() ? "" : " " + String.join(" ", labels) + " ";
    }

    private static Community toCommunity(AoCommunity row) {
        String labels = row.getLabels() == null ? "" : row.getLabels().trim();
        return new Community(row.getCommunityKey(), row.getName(), row.getCuriosity(),
                Community.Access.valueOf(row.getAccessMode().toUpperCase(Locale.ROOT)),
                labels.isEmpty() ? List.of() : Arrays.asList(labels.split(" ")), row.getHomePageId(), row.getHomeMacroId(),
                row.getCreatedBy(), Instant.ofEpochMilli(row.getCreatedAt()));
    }
}
