package io.outloud.thought;

import java.util.Set;

/**
 * Port: who belongs to which community, by the key a thought's community parameter names (the community feature
 * implements it; thoughts know no more of communities than this).
 */
public interface CommunityMembership {

    /** Whether the person is a member (a lead is one; a request or an invitation is not). */
    boolean isMember(String communityKey, String userKey);

    /** The keys of every community a person is a member of, in one query (a page render asks once, whatever it shows). */
    Set<String> communitiesOf(String userKey);
}
