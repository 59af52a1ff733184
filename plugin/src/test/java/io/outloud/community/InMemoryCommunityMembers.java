package io.outloud.community;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Community membership in memory, ordered as the AO store orders it; counts the lookups. */
public final class InMemoryCommunityMembers implements CommunityMembers {
    /** "community/user" to the membership, in the order they were made. */
    private final Map<String, Membership> rows = new LinkedHashMap<>();
    /** Each row's id, as the database numbers rows: kept while the row lives, never reused. */
    private final Map<String, Long> rowIds = new LinkedHashMap<>();
    private long nextRowId = 1;
    private int lookups;

    private static String key(String communityKey, String userKey) {
        return communityKey + "/" + userKey;
    }

    @Override
    public synchronized boolean isMember(String communityKey, String userKey) {
        lookups++;
        Membership m = rows.get(key(communityKey, userKey));
        return m != null && m.isMember();
    }

    @Override
    public synchronized Set<String> communitiesOf(String userKey) {
        lookups++;
        return rows.values().stream().filter(m -> m.userKey().equals(userKey) && m.isMember())
                .map(Membership::communityKey).collect(Collectors.toCollection(TreeSet::new));
    }

    @Override
    public synchronized void leave(String communityKey, String userKey) {
        rows.remove(key(communityKey, userKey));
        rowIds.remove(key(communityKey, userKey));
    }

    @Override
    public synchronized Optional<Membership> membership(String communityKey, String userKey) {
        lookups++;
        return Optional.ofNullable(rows.get(key(communityKey, userKey)));
    }

    @Override
    public synchronized void put(Membership membership) {
        rows.put(key(membership.communityKey(), membership.userKey()), membership);
        rowIds.computeIfAbsent(key(membership.communityKey(), membership.userKey()), k -> nextRowId++);
    }

    @Override
    public synchronized List<Numbered> membersAfter(String communityKey, long afterRowId, Instant by, int limit) {
        lookups++;
        return members(communityKey).filter(m -> !m.since().isAfter(by))
                .map(m -> new Numbered(rowIds.get(key(m.communityKey(), m.userKey())), m.userKey()))
                .filter(n -> n.rowId() > afterRowId).sorted(Comparator.comparingLong(Numbered::rowId)).limit(limit).toList();
    }

    @Override
    public synchronized Map<String, Membership> membershipsOf(String userKey) {
        lookups++;
        Map<String, Membership> found = new LinkedHashMap<>();
        rows.values().stream().filter(m -> m.userKey().equals(userKey)).forEach(m -> found.put(m.communityKey(), m));
        return found;
    }

    @Override
    public synchronized Set<String> memberKeys(String communityKey) {
        lookups++;
        return members(communityKey).map(Membership::userKey).collect(Collectors.toCollection(TreeSet::new));
    }

    private java.util.stream.Stream<Membership> members(String communityKey) {
        return rows.values().stream().filter(m -> m.communityKey().equals(communityKey) && m.isMember());
    }

    @Override
    public synchronized List<Membership> members(String communityKey, String department, int offset, int limit) {
        lookups++;
        Comparator<Membership> order = Comparator.comparing((Membership m) -> m.department().isEmpty())
                .thenComparing(Membership::department).thenComparing(Membership::since);
        return members(communityKey).filter(m -> department == null || m.department().equals(department))
                .sorted(order).skip(offset).limit(limit).toList();
    }

    @Override
    public synchronized List<Membership> inState(String communityKey, Membership.State state) {
        lookups++;
        return rows.values().stream().filter(m -> m.communityKey().equals(communityKey) && m.state() == state)
                .sorted(Comparator.comparing(Membership::since)).toList();
    }

    @Override
    public synchronized List<Membership> leads(String communityKey) {
        lookups++;
        return members(communityKey).filter(Membership::isLead).sorted(Comparator.comparing(Membership::since)).toList();
    }

    @Override
    public synchronized Map<String, Integer> departments(String communityKey) {
        lookups++;
        return counters(communityKey);
    }

    /** What the AO store keeps as the community's counters: not a lookup (the directory reads them with the community). */
    synchronized Map<String, Integer> counters(String communityKey) {
        Map<String, Integer> counts = new TreeMap<>();
        members(communityKey).forEach(m -> counts.merge(m.department(), 1, Integer::sum));
        return counts;
    }

    @Override
    public synchronized Map<String, String> recordedDepartments() {
        lookups++;
        Map<String, String> recorded = new java.util.HashMap<>();
        rows.values().forEach(m -> recorded.merge(m.userKey(), m.department(), (a, b) -> a.equals(b) ? a : MIXED));
        return recorded;
    }

    @Override
    public synchronized void departmentChanged(String userKey, String department) {
        for (Map.Entry<String, Membership> e : new ArrayList<>(rows.entrySet())) {
            Membership m = e.getValue();
            if (m.userKey().equals(userKey)) {
                e.setValue(new Membership(m.communityKey(), m.userKey(), m.state(), m.role(), department, m.since()));
            }
        }
    }

    @Override
    public int countUncounted(int max) {
        return 0; // counted when read
    }

    @Override
    public synchronized int deleteCommunity(String communityKey) {
        int before = rows.size();
        rows.values().removeIf(m -> m.communityKey().equals(communityKey));
        rowIds.keySet().removeIf(k -> k.startsWith(communityKey + "/"));
        return before - rows.size();
    }

    /** How many lookups were made (a page render should make a fixed number). */
    public synchronized int lookups() {
        return lookups;
    }

    public synchronized int size() {
        return rows.size();
    }
}
