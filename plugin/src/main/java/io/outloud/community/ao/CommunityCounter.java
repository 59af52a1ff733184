package io.outloud.community.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps a community's counters (members, named departments present, and which) exact: every membership write of a
 * community first locks the community's row (an UPDATE, so the database makes writers of one community wait for each
 * other), then writes, then recounts from the membership rows what the write touched. Each write thus counts on what
 * the one before it committed: exact under concurrent joins and leaves, and self-healing where a count was off.
 */
final class CommunityCounter {
    static final String MEMBERS_ONLY = "(" + AoCommunityMember.STATE + " IS NULL OR " + AoCommunityMember.STATE + " = 'member')";

    private final ActiveObjects ao;

    CommunityCounter(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao);
    }

    /**
     * Locks the community's row for the rest of the transaction (call inside one, before reading memberships);
     * empty when there is no such community (then there is nothing to count).
     */
    Optional<AoCommunity> lock(String communityKey) {
        AoCommunity[] rows = ao.find(AoCommunity.class, Query.select("ID, " + AoCommunity.COUNT_SERIAL)
                .where(AoCommunity.COMMUNITY_KEY + " = ?", communityKey));
        if (rows.length == 0) {
            return Optional.empty();
        }
        rows[0].setCountSerial(Math.max(1, rows[0].getCountSerial() + 1));
        rows[0].save();
        // Read again once locked: what the writer before committed.
        return Optional.of(ao.get(AoCommunity.class, rows[0].getID()));
    }

    /**
     * After a write that may have changed whether these departments ("" for none) are present: the member count from
     * the rows, and each touched department counted. A row never counted before is counted whole.
     */
    void recount(AoCommunity row, Collection<String> touched) {
        String key = row.getCommunityKey();
        int members = ao.count(AoCommunityMember.class, AoCommunityMember.COMMUNITY_KEY + " = ? AND " + MEMBERS_ONLY, key);
        Set<String> present;
        if (row.getDepartments() == null) {
            present = allDepartments(key);
        } else {
            present = parse(row.getDepartments());
            for (String department : touched) {
                if (department == null || department.isBlank()) {
                    continue;
                }
                boolean there = ao.count(AoCommunityMember.class, AoCommunityMember.COMMUNITY_KEY + " = ? AND "
                        + AoCommunityMember.DEPARTMENT_ORDER + " = ? AND " + MEMBERS_ONLY, key, AoCommunityMembers.departmentOrder(department)) > 0;
                if (there) {
                    present.add(department);
                } else {
                    present.remove(department);
                }
            }
        }
        row.setMemberCount(members);
        row.setDepartmentCount(present.size());
        row.setDepartments(format(present));
        row.save();
    }

    /** Counts a community whole (the backfill of rows from before the counters): reads each of its memberships once. */
    void recountWhole(AoCommunity row) {
        row.setDepartments(null);
        row.setSearchText((row.getName() + "\n" + (row.getCuriosity() == null ? "" : row.getCuriosity())).toLowerCase(java.util.Locale.ROOT));
        recount(row, Set.of());
    }

    private Set<String> allDepartments(String key) {
        Set<String> present = new TreeSet<>();
        for (AoCommunityMember member : ao.find(AoCommunityMember.class, Query.select("ID, " + AoCommunityMember.DEPARTMENT)
                .where(AoCommunityMember.COMMUNITY_KEY + " = ? AND " + MEMBERS_ONLY, key))) {
            if (member.getDepartment() != null && !member.getDepartment().isBlank()) {
                present.add(member.getDepartment());
            }
        }
        return present;
    }

    static Set<String> parse(String departments) {
        Set<String> present = new TreeSet<>();
        if (departments != null) {
            for (String department : departments.split("\n")) {
                if (!department.isEmpty()) {
                    present.add(department);
                }
            }
        }
        return present;
    }

    /** "\nA\nB\n", or "\n" for none (not null: null marks a row whose departments were never counted). */
    static String format(Set<String> departments) {
        return departments.isEmpty() ? "\n" : "\n" + String.join("\n", departments) + "\n";
    }
}
