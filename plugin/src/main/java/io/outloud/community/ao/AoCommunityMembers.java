package io.outloud.community.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.community.CommunityMembers;
import io.outloud.community.Membership;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@link CommunityMembers} on Active Objects: one row per person and community. Every write of a membership also
 * keeps the community's counters exact ({@link CommunityCounter}), in the same transaction.
 */
public class AoCommunityMembers implements CommunityMembers {
    private static final String MEMBERS_ONLY = CommunityCounter.MEMBERS_ONLY;

    private final ActiveObjects ao;
    private final CommunityCounter counter;

    public AoCommunityMembers(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.counter = new CommunityCounter(ao);
    }

    /** Runs a write of one community's memberships after locking its row, then recounts the departments it names. */
    private void counted(String communityKey, java.util.function.Supplier<Set<String>> write) {
        ao.executeInTransaction(() -> {
            Optional<AoCommunity> community = counter.lock(communityKey);
            Set<String> touched = write.get();
            community.ifPresent(row -> counter.recount(row, touched));
            return null;
        });
    }

    private static String memberKey(String communityKey, String userKey) {
        return communityKey + "/" + userKey;
    }

    @Override
    public boolean isMember(String communityKey, String userKey) {
        return ao.count(AoCommunityMember.class, AoCommunityMember.MEMBER_KEY + " = ? AND " + MEMBERS_ONLY, memberKey(communityKey, userKey)) > 0;
    }

    @Override
    public Set<String> communitiesOf(String userKey) {
        Set<String> keys = new TreeSet<>();
        for (AoCommunityMember row : ao.find(AoCommunityMember.class, Query.select("ID, " + AoCommunityMember.COMMUNITY_KEY)
                .where(AoCommunityMember.USER_KEY + " = ? AND " + MEMBERS_ONLY, userKey))) {
            keys.add(row.getCommunityKey());
        }
        return keys;
    }

    @Override
    public void leave(String communityKey, String userKey) {
        counted(communityKey, () -> {
            AoCommunityMember[] rows = ao.find(AoCommunityMember.class, Query.select("ID, " + AoCommunityMember.DEPARTMENT)
                    .where(AoCommunityMember.MEMBER_KEY + " = ?", memberKey(communityKey, userKey)));
            if (rows.length == 0) {
                return Set.of();
            }
            ao.deleteWithSQL(AoCommunityMember.class, AoCommunityMember.MEMBER_KEY + " = ?", memberKey(communityKey, userKey));
            return Set.of(nullToBlank(rows[0].getDepartment()));
        });
    }

    @Override
    public Optional<Membership> membership(String communityKey, String userKey) {
        AoCommunityMember[] rows = ao.find(AoCommunityMember.class, Query.select()
                .where(AoCommunityMember.MEMBER_KEY + " = ?", memberKey(communityKey, userKey)));
        return rows.length == 0 ? Optional.empty() : Optional.of(toMembership(rows[0]));
    }

    @Override
    public void put(Membership membership) {
        String key = memberKey(membership.communityKey(), membership.userKey());
        try {
            counted(membership.communityKey(), () -> {
                AoCommunityMember[] rows = ao.find(AoCommunityMember.class, Query.select().where(AoCommunityMember.MEMBER_KEY + " = ?", key));
                if (rows.length > 0) {
                    String before = nullToBlank(rows[0].getDepartment());
                    write(rows[0], membership);
                    return touched(before, membership.department());
                }
                ao.create(AoCommunityMember.class,
                        new DBParam(AoCommunityMember.MEMBER_KEY, key),
                        new DBParam(AoCommunityMember.COMMUNITY_KEY, membership.communityKey()),
                        new DBParam(AoCommunityMember.USER_KEY, membership.userKey()),
                        new DBParam(AoCommunityMember.JOINED_AT, membership.since().toEpochMilli()),
                        new DBParam(AoCommunityMember.STATE, membership.state().code()),
                        new DBParam(AoCommunityMember.ROLE, membership.role().code()),
                        new DBParam(AoCommunityMember.DEPARTMENT, blankToNull(membership.department())),
                        new DBParam(AoCommunityMember.DEPARTMENT_ORDER, departmentOrder(membership.department())));
                return Set.of(membership.department());
            });
        } catch (RuntimeException e) {
            // A racing write made the row first (the failed insert ended that transaction). The same state (two
            // joins) is one membership, kept as made; a different one (a leave and a join, an approval) is this write's.
            AoCommunityMember[] now = ao.find(AoCommunityMember.class, Query.select().where(AoCommunityMember.MEMBER_KEY + " = ?", key));
            if (now.length == 0) {
                throw e;
            }
            Membership made = toMembership(now[0]);
            if (made.state() != membership.state() || made.role() != membership.role()) {
                write(now[0], membership);
            }
            // Only without a community row to lock can two writes race here; count what stands now all the same.
            counted(membership.communityKey(), () -> touched(made.department(), membership.department()));
        }
    }

    private static void write(AoCommunityMember row, Membership membership) {
        row.setState(membership.state().code());
        row.setRole(membership.role().code());
        row.setDepartment(blankToNull(membership.department()));
        row.setDepartmentOrder(departmentOrder(membership.department()));
        row.setJoinedAt(membership.since().toEpochMilli());
        row.save();
    }

    @Override
    public Map<String, Membership> membershipsOf(String userKey) {
        Map<String, Membership> found = new LinkedHashMap<>();
        for (AoCommunityMember row : ao.find(AoCommunityMember.class, Query.select().where(AoCommunityMember.USER_KEY + " = ?", userKey))) {
            found.put(row.getCommunityKey(), toMembership(row));
        }
        return found;
    }

    @Override
    public Set<String> memberKeys(String communityKey) {
        Set<String> keys = new HashSet<>();
        for (AoCommunityMember row : ao.find(AoCommunityMember.class, Query.select("ID, " + AoCommunityMember.USER_KEY)
                .where(AoCommunityMember.COMMUNITY_KEY + " = ? AND " + MEMBERS_ONLY, communityKey))) {
            keys.add(row.getUserKey());
        }
        return keys;
    }

    @Override
    public List<Numbered> membersAfter(String communityKey, long afterRowId, Instant by, int limit) {
        List<Numbered> found = new ArrayList<>();
        for (AoCommunityMember row : ao.find(AoCommunityMember.class, Query.select("ID, " + AoCommunityMember.USER_KEY)
                .where(AoCommunityMember.COMMUNITY_KEY + " = ? AND " + MEMBERS_ONLY + " AND ID > ? AND " + AoCommunityMember.JOINED_AT + " <= ?",
                        communityKey, afterRowId, by.toEpochMilli())
                .order("ID ASC").limit(limit))) {
            found.add(new Numbered(row.getID(), row.getUserKey()));
        }
        return found;
    }

    @Override
    public List<Membership> members(String communityKey, String department, int offset, int limit) {
        String where = AoCommunityMember.COMMUNITY_KEY + " = ? AND " + MEMBERS_ONLY;
        Object[] params = {communityKey};
        if (department != null) {
            where += " AND " + AoCommunityMember.DEPARTMENT_ORDER + " = ?";
            params = new Object[]{communityKey, departmentOrder(department)};
        }
        List<Membership> page = new ArrayList<>();
        for (AoCommunityMember row : ao.find(AoCommunityMember.class, Query.select().where(where, params)
                .order(AoCommunityMember.DEPARTMENT_ORDER + " ASC, " + AoCommunityMember.JOINED_AT + " ASC, ID ASC").offset(offset).limit(limit))) {
            page.add(toMembership(row));
        }
        return page;
    }

    @Override
    public List<Membership> inState(String communityKey, Membership.State state) {
        List<Membership> found = new ArrayList<>();
        for (AoCommunityMember row : ao.find(AoCommunityMember.class, Query.select()
                .where(AoCommunityMember.COMMUNITY_KEY + " = ? AND " + AoCommunityMember.STATE + " = ?", communityKey, state.code())
                .order(AoCommunityMember.JOINED_AT + " ASC, ID ASC"))) {
            found.add(toMembership(row));
        }
        return found;
    }

    @Override
    public List<Membership> leads(String communityKey) {
        List<Membership> found = new ArrayList<>();
        for (AoCommunityMember row : ao.find(AoCommunityMember.class, Query.select()
                .where(AoCommunityMember.COMMUNITY_KEY + " = ? AND " + MEMBERS_ONLY + " AND " + AoCommunityMember.ROLE + " = 'lead'", communityKey)
                .order(AoCommunityMember.JOINED_AT + " ASC, ID ASC"))) {
            found.add(toMembership(row));
        }
        return found;
    }

    @Override
    public Map<String, Integer> departments(String communityKey) {
        Map<String, Integer> counts = new TreeMap<>();
        for (AoCommunityMember row : ao.find(AoCommunityMember.class, Query.select("ID, " + AoCommunityMember.DEPARTMENT)
                .where(AoCommunityMember.COMMUNITY_KEY + " = ? AND " + MEMBERS_ONLY, communityKey))) {
            counts.merge(nullToBlank(row.getDepartment()), 1, Integer::sum);
        }
        return counts;
    }

    @Override
    public Map<String, String> recordedDepartments() {
        Map<String, String> recorded = new java.util.HashMap<>();
        for (AoCommunityMember row : ao.find(AoCommunityMember.class, Query.select("ID, " + AoCommunityMember.USER_KEY + ", "
                + AoCommunityMember.DEPARTMENT))) {
            recorded.merge(row.getUserKey(), nullToBlank(row.getDepartment()), (a, b) -> a.equals(b) ? a : MIXED);
        }
        return recorded;
    }

    @Override
    public void departmentChanged(String userKey, String department) {
        String value = blankToNull(department);
        for (AoCommunityMember row : ao.find(AoCommunityMember.class, Query.select("ID, " + AoCommunityMember.COMMUNITY_KEY + ", "
                + AoCommunityMember.DEPARTMENT).where(AoCommunityMember.USER_KEY + " = ?", userKey))) {
            if (!Objects.equals(row.getDepartment(), value)) {
                // One community per transaction: each locks one community's row, so no two can deadlock.
                counted(row.getCommunityKey(), () -> {
                    AoCommunityMember[] now = ao.find(AoCommunityMember.class, Query.select().where("ID = ?", row.getID()));
                    if (now.length == 0) {
                        return Set.of();
                    }
                    String before = nullToBlank(now[0].getDepartment());
                    now[0].setDepartment(value);
                    now[0].setDepartmentOrder(departmentOrder(department));
                    now[0].save();
                    return touched(before, nullToBlank(value));
                });
            }
        }
    }

    @Override
    public int deleteCommunity(String communityKey) {
        return ao.executeInTransaction(() -> {
            Optional<AoCommunity> community = counter.lock(communityKey);
            int deleted = ao.deleteWithSQL(AoCommunityMember.class, AoCommunityMember.COMMUNITY_KEY + " = ?", communityKey);
            community.ifPresent(counter::recountWhole);
            return deleted;
        });
    }

    @Override
    public int countUncounted(int max) {
        AoCommunity[] rows = ao.find(AoCommunity.class, Query.select("ID, " + AoCommunity.COMMUNITY_KEY)
                .where("(" + AoCommunity.COUNT_SERIAL + " IS NULL OR " + AoCommunity.COUNT_SERIAL + " = ?)", 0).order("ID ASC").limit(max));
        for (AoCommunity row : rows) {
            ao.executeInTransaction(() -> {
                counter.lock(row.getCommunityKey()).ifPresent(counter::recountWhole);
                return null;
            });
        }
        return rows.length;
    }

    private static Membership toMembership(AoCommunityMember row) {
        Membership.State state = row.getState() == null ? Membership.State.MEMBER : Membership.State.valueOf(row.getState().toUpperCase(Locale.ROOT));
        Membership.Role role = row.getRole() == null ? Membership.Role.MEMBER : Membership.Role.valueOf(row.getRole().toUpperCase(Locale.ROOT));
        return new Membership(row.getCommunityKey(), row.getUserKey(), state, role, nullToBlank(row.getDepartment()),
                Instant.ofEpochMilli(row.getJoinedAt()));
    }

    static String departmentOrder(String department) {
        return department == null || department.isBlank() ? "1" : "0" + department;
    }

    private static Set<String> touched(String before, String after) {
        return new HashSet<>(List.of(before, after));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String nullToBlank(String value) {
        return value == null ? "" : value;
    }
}
