package io.outloud.community;

import io.outloud.thought.CommunityMembership;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Port: who belongs to which community (named by its key, as the macros' community parameter names it), who asked to
 * join and who was invited. Every method is one query, whatever the size of the community. Thoughts read membership
 * through their own port, {@link CommunityMembership}.
 */
public interface CommunityMembers extends CommunityMembership {

    /** Whether the person is a member (a lead is one; a request or an invitation is not). */
    @Override
    boolean isMember(String communityKey, String userKey);

    /** The keys of every community a person is a member of, in one query (a page render asks once, whatever it shows). */
    @Override
    Set<String> communitiesOf(String userKey);

    /** Makes the person a member (a request or an invitation becomes a membership; a lead stays one); twice is once. */
    default void join(String communityKey, String userKey, Instant at) {
        Membership now = membership(communityKey, userKey).orElse(null);
        if (now != null && now.isMember()) {
            return;
        }
        put(new Membership(communityKey, userKey, Membership.State.MEMBER, now == null ? Membership.Role.MEMBER : now.role(),
                now == null ? "" : now.department(), at));
    }

    /** A member as an ask's fan-out reads them: the id of their membership row (the queue's cursor) and who they are. */
    record Numbered(long rowId, String userKey) {
    }

    /**
     * Members (not requests nor invitations) since {@code by} or earlier whose membership row follows row
     * {@code afterRowId}, in the order of their rows, at most {@code limit}: one query by keyset, however far it got.
     * Someone who joined later, or left and joined again, is not among them.
     */
    List<Numbered> membersAfter(String communityKey, long afterRowId, Instant by, int limit);

    /** Removes the person's membership, request or invitation. */
    void leave(String communityKey, String userKey);

    Optional<Membership> membership(String communityKey, String userKey);

    /** Records the membership as given (state, role, department, since), replacing the person's current one. */
    void put(Membership membership);

    default boolean isLead(String communityKey, String userKey) {
        return membership(communityKey, userKey).filter(Membership::isLead).isPresent();
    }

    /** Every membership, request and invitation of one person, by community key, in one query. */
    Map<String, Membership> membershipsOf(String userKey);

    /** The user keys of every member, in one query. */
    Set<String> memberKeys(String communityKey);

    /** Members and leads, ordered by department ("" last), then by when they joined; one query. */
    List<Membership> members(String communityKey, String department, int offset, int limit);

    /** Memberships in this state (requests, invitations), oldest first. */
    List<Membership> inState(String communityKey, Membership.State state);

    List<Membership> leads(String communityKey);

    /** How many members each department has ("" for members without one), in one query. */
    Map<String, Integer> departments(String communityKey);

    /** What {@link #recordedDepartments} gives a person whose memberships record different departments (no real one is). */
    String MIXED = "\u0000mixed";

    /**
     * Every person with a membership, request or invitation, and the department recorded for them ("" for none,
     * {@link #MIXED} when their rows disagree); one query.
     */
    Map<String, String> recordedDepartments();

    /** The person's department changed: every membership of theirs records the new one. */
    void departmentChanged(String userKey, String department);

    /**
     * Counts communities whose counters were never kept (rows from before them), at most {@code max}, each whole and
     * each in a transaction of its own; how many it counted (fewer than {@code max}: none is left).
     */
    int countUncounted(int max);

    /** Every membership, request and invitation of the community (a lead removed it). */
    int deleteCommunity(String communityKey);
}
