package io.outloud.community.ao;

import io.outloud.common.ao.SqlIn;
import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.common.Keyset;
import io.outloud.common.OutloudException;
import io.outloud.common.ao.KeysetSql;
import io.outloud.community.Community;
import io.outloud.community.CommunityDirectory;
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
                    new DBParam(AoCommunity.ACTIVE_AT, c.createdAt().toEpochMilli()),
                    new DBParam(AoCommunity.SEARCH_TEXT, searchText(c)),
                    new DBParam(AoCommunity.MEMBER_COUNT, 0),
                    new DBParam(AoCommunity.DEPARTMENT_COUNT, 0),
                    new DBParam(AoCommunity.DEPARTMENTS, CommunityCounter.format(java.util.Set.of())),
                    new DBParam(AoCommunity.COUNT_SERIAL, 1)));
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
        row.setSearchText(searchText(c));
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

    static String searchText(Community c) {
        return (c.name() + "\n" + c.curiosity()).toLowerCase(Locale.ROOT);
    }

    private static final String COUNTED_FIELDS = String.join(", ", List.of("ID", AoCommunity.COMMUNITY_KEY, AoCommunity.NAME,
            AoCommunity.CURIOSITY, AoCommunity.ACCESS, AoCommunity.LABELS, AoCommunity.HOME_PAGE_ID, AoCommunity.HOME_MACRO_ID,
            AoCommunity.CREATED_BY, AoCommunity.CREATED_AT, AoCommunity.ACTIVE_AT, AoCommunity.MEMBER_COUNT, AoCommunity.DEPARTMENT_COUNT,
            AoCommunity.DEPARTMENTS));

    /*
     * The directory's page: the sort's indexed columns (ACTIVE_AT, MEMBER_COUNT or NAME_KEY, then ID) bound the walk;
     * search, label and department are LIKEs on the community's own text columns (unlimited text, which no database
     * indexes for a LIKE with a leading wildcard). They narrow the walk; they never read a membership.
     */
    @Override
    public List<Counted> page(Filter filter, CommunityDirectory.Sort sort, Keyset after, int limit) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (!filter.words().isEmpty()) {
            conditions.add(AoCommunity.SEARCH_TEXT + " LIKE ? ESCAPE '!'");
            params.add("%" + likeLiteral(filter.words()) + "%");
        }
        if (!filter.label().isEmpty()) {
            conditions.add(AoCommunity.LABELS + " LIKE ? ESCAPE '!'");
            params.add("% " + likeLiteral(filter.label()) + " %");
        }
        if (!filter.department().isEmpty()) {
            conditions.add(AoCommunity.DEPARTMENTS + " LIKE ? ESCAPE '!'");
            params.add("%\n" + likeLiteral(filter.department()) + "\n%");
        }
        String order;
        switch (sort) {
            case ACTIVITY -> {
                keyset(conditions, params, AoCommunity.ACTIVE_AT, after);
                order = KeysetSql.order(AoCommunity.ACTIVE_AT, false);
            }
            case SIZE -> {
                keyset(conditions, params, AoCommunity.MEMBER_COUNT, after);
                order = KeysetSql.order(AoCommunity.MEMBER_COUNT, false);
            }
            default -> {
                if (after != null) {
                    // The cursor names the last community shown; its name now says where the next page starts.
                    AoCommunity[] last = ao.find(AoCommunity.class, Query.select("ID, " + AoCommunity.NAME_KEY).where("ID = ?", after.id()));
                    if (last.length == 0) {
                        throw OutloudException.invalid("outloud.common.error.cursor");
                    }
                    conditions.add("(" + AoCommunity.NAME_KEY + " > ? OR (" + AoCommunity.NAME_KEY + " = ? AND ID > ?))");
                    params.addAll(List.of(last[0].getNameKey(), last[0].getNameKey(), after.id()));
                }
                order = AoCommunity.NAME_KEY + " ASC, ID ASC";
            }
        }
        // No condition at all for a plain first page: a dummy one would steer the database off the sort's index.
        Query query = Query.select(COUNTED_FIELDS);
        if (!conditions.isEmpty()) {
            query = query.where(String.join(" AND ", conditions), params.toArray());
        }
        return counted(query.order(order).limit(limit));
    }

    /** The keyset condition on (column, ID), newest or largest first, added to the others. */
    private static void keyset(List<String> conditions, List<Object> params, String column, Keyset after) {
        if (after != null) {
            conditions.add(KeysetSql.past(column, after, false).substring(" AND ".length()));
            params.addAll(List.of(KeysetSql.parameters(List.of(), after)));
        }
    }

    @Override
    public List<Counted> counted(java.util.Collection<String> keys) {
        List<Counted> found = new ArrayList<>();
        List<String> all = new ArrayList<>(new java.util.TreeSet<>(keys));
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(from + 500, all.size()));
            found.addAll(counted(Query.select(COUNTED_FIELDS).where(SqlIn.in(AoCommunity.COMMUNITY_KEY, chunk.size()), chunk.toArray())));
        }
        return found;
    }

    @Override
    public List<Counted> mostDiverse(int limit) {
        return counted(Query.select(COUNTED_FIELDS).where(AoCommunity.DEPARTMENT_COUNT + " > ?", 0)
                .order(AoCommunity.DEPARTMENT_COUNT + " DESC, ID ASC").limit(limit));
    }

    private List<Counted> counted(Query query) {
        List<Counted> found = new ArrayList<>();
        for (AoCommunity row : ao.find(AoCommunity.class, query)) {
            found.add(new Counted(row.getID(), toCommunity(row), row.getMemberCount(), row.getDepartmentCount(),
                    CommunityCounter.parse(row.getDepartments()), Instant.ofEpochMilli(row.getActiveAt())));
        }
        return found;
    }

    /** Text matched literally by a LIKE with ESCAPE '!'. */
    private static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
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
