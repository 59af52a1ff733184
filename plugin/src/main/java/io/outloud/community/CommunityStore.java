package io.outloud.community;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Persistence port for communities, by key. */
public interface CommunityStore {

    /** Records a new community; a key or a name (ignoring case) already taken is refused. */
    Community create(Community community) throws DuplicateCommunityException;

    Optional<Community> find(String key);

    /** Every community, by name. */
    List<Community> all();

    /** The name (unique), curiosity, access and labels a lead or the page's macro gave. */
    Community update(Community community) throws DuplicateCommunityException;

    /** The page and macro the community lives on; 0 and "" for none (its page was deleted). */
    void setHome(String key, long pageId, String macroId);

    /**
     * The page went to the trash, or lost its macro: its communities have no home until it is restored (the page is
     * kept as their last home).
     */
    void unhome(long pageId);

    /** A page came back from the trash: the communities whose last home it was live there again. */
    void rehome(long pageId);

    /** The communities whose home is on this page. */
    List<Community> homedOn(long pageId);

    /** Activity is kept to the minute: many people joining at once would otherwise all write the community's one row. */
    long ACTIVITY_GRAIN_MILLIS = 60_000L;

    /** Something happened in the community (a join, an ask): the directory sorts by it; within a minute of the last, nothing. */
    void touch(String key, Instant at);

    /** When something last happened in each community, by key. */
    java.util.Map<String, Instant> activity();

    void delete(String key);

    /**
     * A community as the directory lists it: its row's id (the keyset's tie-break), its counters (kept by every
     * membership write) and when something last happened in it.
     */
    record Counted(long id, Community community, int members, int departmentCount, java.util.Set<String> departments, Instant activeAt) {
        public Counted {
            departments = java.util.Set.copyOf(departments);
        }
    }

    /** What the directory narrows by: words in the name or curiosity (lower case), a label, a department present; "" for any. */
    record Filter(String words, String label, String department) {
    }

    /**
     * At most {@code limit} communities that match, in the sort's order, strictly after the keyset (null: from the
     * start); one query on the communities' own rows, never on memberships.
     */
    List<Counted> page(Filter filter, CommunityDirectory.Sort sort, io.outloud.common.Keyset after, int limit);

    /** The communities with these keys, with their counters. */
    List<Counted> counted(java.util.Collection<String> keys);

    /** The communities with the most named departments, at most {@code limit}. */
    List<Counted> mostDiverse(int limit);
}
